package com.celebrantportal.query.booking;

import com.celebrantportal.api.booking.BookingStatus;
import com.celebrantportal.api.error.DomainException;
import com.celebrantportal.api.error.ErrorCode;
import com.celebrantportal.api.messaging.AggregateVersion;
import com.celebrantportal.query.booking.BookingAnswers.BookingDetail;
import com.celebrantportal.query.booking.BookingAnswers.BookingSummary;
import com.celebrantportal.query.consistency.ReadModelChanges;
import com.celebrantportal.query.paging.CursorPage;
import com.celebrantportal.query.paging.PageLimit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Booking reads over HTTP: the filtered, paged list and one booking's detail. */
@RestController
@RequestMapping("/api/v1/bookings")
@Tag(name = "Booking queries")
class BookingQueryController {

    private final BookingQueries queries;
    private final ReadModelChanges changes;

    BookingQueryController(BookingQueries queries, ReadModelChanges changes) {
        this.queries = queries;
        this.changes = changes;
    }

    @GetMapping
    @Operation(summary = "List bookings in ceremony order, filtered and paged by cursor")
    CursorPage<BookingSummary> list(
            @RequestParam(required = false) BookingStatus status,
            @Parameter(description = "first ceremony date, inclusive")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last ceremony date, inclusive")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String celebrantId,
            @Parameter(description = "text in the partners' names or the venue, any case")
            @RequestParam(required = false) String q,
            @Parameter(description = "items per page, 1 to 200 (default 50)")
            @RequestParam(required = false) Integer limit,
            @Parameter(description = "the nextCursor of the previous page")
            @RequestParam(required = false) String cursor) {
        return queries.list(new BookingFilter(status, from, to, celebrantId, q), PageLimit.of(limit),
                BookingListKey.fromCursor(cursor));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One booking with its paperwork; with minVersion, waits to read your own write",
            description = "200 with the booking; 202 when minVersion was not reached in time (the body shows "
                    + "the version the read model has); 404 when there is no such booking")
    ResponseEntity<BookingDetail> detail(
            @PathVariable String id,
            @Parameter(description = "the version your last command answered; waits briefly until it is visible")
            @RequestParam(required = false) Long minVersion) {
        boolean reached = true;
        if (minVersion != null) {
            if (minVersion < 1) {
                throw DomainException.invalidField("minVersion", "must be a version of 1 or more");
            }
            reached = changes.awaitVersion(() -> queries.version(id), minVersion);
        }
        BookingDetail detail = queries.booking(id).map(BookingDetail::of)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "no booking with id " + id));
        return ResponseEntity.status(reached ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .eTag(AggregateVersion.etag(detail.version()))
                .body(detail);
    }
}
