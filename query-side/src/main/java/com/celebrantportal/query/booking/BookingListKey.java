package com.celebrantportal.query.booking;

import com.celebrantportal.query.paging.Cursor;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The sort key of the booking list and calendar: ceremony date, start time, then id for a stable order. */
record BookingListKey(LocalDate date, LocalTime startTime, String bookingId) {

    static BookingListKey of(BookingView booking) {
        return new BookingListKey(booking.slot().date(), booking.slot().startTime(), booking.bookingId());
    }

    /** The key in a cursor the list gave out, or null for the first page. */
    static BookingListKey fromCursor(String cursor) {
        return Cursor.decode(cursor, 3, parts -> new BookingListKey(LocalDate.parse(parts.get(0)),
                LocalTime.parse(parts.get(1)), requireId(parts.get(2))));
    }

    String toCursor() {
        return Cursor.encode(List.of(date.toString(), startTime.toString(), bookingId));
    }

    private static String requireId(String id) {
        if (id.isEmpty()) {
            throw new IllegalArgumentException("a cursor names a booking");
        }
        return id;
    }
}
