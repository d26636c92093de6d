package com.celebrantportal.api.booking;

import java.time.LocalDate;

/**
 * A partner of a couple. All personal data of a booking lives in this type, so that one mechanism
 * (per-person encryption) can later cover it.
 */
public record Person(String fullName, String email, String phone, LocalDate dateOfBirth) {
}
