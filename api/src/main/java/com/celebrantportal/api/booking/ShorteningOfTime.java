package com.celebrantportal.api.booking;

import java.time.LocalDate;

/** A prescribed authority's grant that lifts the one-month notice rule for one couple. */
public record ShorteningOfTime(ShorteningGround ground, String authority, LocalDate grantedOn) {
}
