package com.celebrantportal.api.booking;

import java.time.LocalDate;

/**
 * A partner of a couple. All personal data of a booking lives in this type, so that one mechanism
 * (per-person encryption) can later cover it.
 */
public record Person(String fullName, String email, String phone, LocalDate dateOfBirth) {

    /** Age in whole years on the given date. */
    public int ageOn(LocalDate date) {
        return java.time.Period.between(dateOfBirth, date).getYears();
    }
}
