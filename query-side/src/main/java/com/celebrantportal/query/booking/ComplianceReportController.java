package com.celebrantportal.query.booking;

import com.celebrantportal.api.booking.TimeSlot;
import com.celebrantportal.query.booking.BookingAnswers.ComplianceReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The compliance report: the Marriage Act paperwork that is due soon or overdue, as of today in Melbourne. */
@RestController
@Tag(name = "Reports")
class ComplianceReportController {

    private final BookingQueries queries;
    private final Clock clock;

    ComplianceReportController(BookingQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reports/compliance")
    @Operation(summary = "Notices due within 30 days or overdue, declarations missing for ceremonies within 30 days, "
            + "registrations due and overdue")
    ComplianceReport compliance(@RequestParam(required = false) String celebrantId) {
        return queries.compliance(LocalDate.now(clock.withZone(TimeSlot.MELBOURNE)), celebrantId);
    }
}
