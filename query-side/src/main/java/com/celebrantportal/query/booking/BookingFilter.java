package com.celebrantportal.query.booking;

import com.celebrantportal.api.booking.BookingStatus;
import com.celebrantportal.api.error.DomainException;
import java.time.LocalDate;

/**
 * The filters of the booking list; each may be null (no filter).
 *
 * @param from first ceremony date, inclusive
 * @param to   last ceremony date, inclusive
 * @param text searched, ignoring case, in the partners' names and the venue's name and suburb
 */
record BookingFilter(BookingStatus status, LocalDate from, LocalDate to, String celebrantId, String text) {

    static final int MAXIMUM_TEXT_LENGTH = 200;

    BookingFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw DomainException.invalidField("to", "must not be before from");
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAXIMUM_TEXT_LENGTH) {
            throw DomainException.invalidField("q", "must be at most " + MAXIMUM_TEXT_LENGTH + " characters");
        }
    }
}
