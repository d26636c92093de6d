package com.celebrantportal.api.booking;

import java.time.LocalDate;

/** Marriage Act 1961 s50: the papers reach the registry within 14 days of the ceremony. */
public final class RegistrationRule {

    public static final int DAYS_TO_LODGE = 14;

    private RegistrationRule() {
    }

    public static LocalDate dueBy(LocalDate performedOn) {
        return performedOn.plusDays(DAYS_TO_LODGE);
    }

    public static boolean isLate(LocalDate performedOn, LocalDate lodgedOn) {
        return lodgedOn.isAfter(dueBy(performedOn));
    }
}
