package com.celebrantportal.app.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the tests set: business rules read "today" from it. */
public class MutableClock extends Clock {

    /** Melbourne noon on 1 December 2026, the date every test starts from. */
    public static final Instant DEFAULT = LocalDate.of(2026, 12, 1).atTime(12, 0)
            .atZone(ZoneId.of("Australia/Melbourne")).toInstant();

    private volatile Instant now = DEFAULT;

    public void set(Instant instant) {
        now = instant;
    }

    public void setToday(LocalDate melbourneDate) {
        now = melbourneDate.atTime(12, 0).atZone(ZoneId.of("Australia/Melbourne")).toInstant();
    }

    public void reset() {
        now = DEFAULT;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock outer = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return outer.withZone(other);
            }

            @Override
            public Instant instant() {
                return outer.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
