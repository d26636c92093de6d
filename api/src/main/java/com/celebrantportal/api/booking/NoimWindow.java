package com.celebrantportal.api.booking;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The Marriage Act 1961 s42 window for a Notice of Intended Marriage: received no later than one calendar
 * month and no earlier than 18 months before the ceremony. A shortening of time lifts the one-month rule.
 * This is the only place the rule is written.
 */
public record NoimWindow(LocalDate receivedOn, Optional<ShorteningOfTime> shortening) {

    /** Months before the ceremony from which a notice may be given. */
    public static final int MAXIMUM_MONTHS = 18;

    public NoimWindow {
        shortening = shortening == null ? Optional.empty() : shortening;
    }

    public static NoimWindow receivedOn(LocalDate receivedOn) {
        return new NoimWindow(receivedOn, Optional.empty());
    }

    /**
     * The earliest ceremony date one calendar month after the notice: the same day of the next month or,
     * where that month has no such day, the first day of the month after it (the period ends at the end
     * of the shorter month).
     */
    public LocalDate earliestCeremonyDate() {
        if (shortening.isPresent()) {
            return receivedOn;
        }
        return sameDayMonthsLater(receivedOn, 1).orElseGet(() -> YearMonth.from(receivedOn).plusMonths(2).atDay(1));
    }

    /**
     * The last day on which a notice can be received, without a shortening of time, for a ceremony on the
     * given date: the latest day whose earliest ceremony date is not after it. Because a month-end notice
     * reaches into the month after next, this is not always one month back: for a 1 March ceremony it is
     * 1 February, and for 29, 30 or 31 March (not a leap year) it is 28 February.
     */
    public static LocalDate latestNoticeDateFor(LocalDate ceremonyDate) {
        // One month back (clamped to a shorter month's end) always allows the ceremony; the earliest
        // ceremony date only grows with the notice date, so step forward while the next day still allows it.
        LocalDate latest = ceremonyDate.minusMonths(1);
        while (!receivedOn(latest.plusDays(1)).earliestCeremonyDate().isAfter(ceremonyDate)) {
            latest = latest.plusDays(1);
        }
        return latest;
    }

    /** The latest ceremony date: 18 months after the notice, ending at a shorter month's end. */
    public LocalDate latestCeremonyDate() {
        return receivedOn.plusMonths(MAXIMUM_MONTHS);
    }

    public boolean permits(LocalDate ceremonyDate) {
        return !ceremonyDate.isBefore(earliestCeremonyDate()) && !ceremonyDate.isAfter(latestCeremonyDate());
    }

    /** Explains why a ceremony date falls outside the window, for the error a celebrant reads. */
    public String explain(LocalDate ceremonyDate) {
        return "a notice received on " + receivedOn + " allows a ceremony from " + earliestCeremonyDate()
                + " to " + latestCeremonyDate() + ", not on " + ceremonyDate;
    }

    private static Optional<LocalDate> sameDayMonthsLater(LocalDate date, int months) {
        LocalDate later = date.plusMonths(months);
        return later.getDayOfMonth() == date.getDayOfMonth() ? Optional.of(later) : Optional.empty();
    }
}
