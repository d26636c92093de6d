package com.celebrantportal.query.booking;

import com.celebrantportal.api.error.DomainException;
import com.celebrantportal.query.booking.BookingAnswers.Calendar;
import com.celebrantportal.query.booking.BookingAnswers.CalendarEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The celebrants' calendar: the ceremonies between two dates, cancelled ones left out. */
@RestController
@Tag(name = "Booking queries")
class CalendarController {

    /** The longest range one calendar request covers, in days, both ends included: a leap year. */
    static final int MAXIMUM_DAYS = 366;

    private final BookingQueries queries;

    CalendarController(BookingQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/calendar")
    @Operation(summary = "Ceremonies from one date to another (inclusive, at most 366 days), with venue and slot")
    Calendar calendar(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) String celebrantId) {
        if (to.isBefore(from)) {
            throw DomainException.invalidField("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAXIMUM_DAYS) {
            throw DomainException.invalidField("to", "must be at most " + MAXIMUM_DAYS + " days from from, inclusive");
        }
        return new Calendar(queries.calendar(from, to, celebrantId).stream().map(CalendarEntry::of).toList());
    }
}
