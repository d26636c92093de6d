package com.celebrantportal.api.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** When a ceremony happens: a local date and start time in Melbourne, and its length. */
public record TimeSlot(LocalDate date, LocalTime startTime, int durationMinutes) {

    /** Ceremony dates and times are local to Melbourne. */
    public static final ZoneId MELBOURNE = ZoneId.of("Australia/Melbourne");

    public Instant startsAt() {
        return date.atTime(startTime).atZone(MELBOURNE).toInstant();
    }

    public Instant endsAt() {
        return startsAt().plus(Duration.ofMinutes(durationMinutes));
    }
}
