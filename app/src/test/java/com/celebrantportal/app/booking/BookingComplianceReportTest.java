package com.celebrantportal.app.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.app.support.Bookings;
import com.celebrantportal.app.support.PortalClient.Answer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Today is 1 December 2026 in Melbourne unless a test moves the clock. */
class BookingComplianceReportTest extends BookingQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aNoticeDueWithinThirtyDaysIsDueSoonAndOneDuePastIsOverdue() {
        String dueSoon = steps.request(celebrant, LocalDate.of(2027, 1, 20), "10:00");
        String overdue = steps.request(celebrant, LocalDate.of(2026, 12, 10), "10:00");
        String dueLater = steps.request(celebrant, LocalDate.of(2027, 6, 1), "10:00");
        String lodged = steps.request(celebrant, LocalDate.of(2027, 1, 21), "10:00");
        steps.lodgeNoim(lodged, TODAY);
        List.of(dueSoon, overdue, dueLater, lodged).forEach(steps::awaitLastWrite);

        JsonNode report = report();

        assertThat(report.path("asOf").asString()).isEqualTo("2026-12-01");
        JsonNode noims = report.path("noimsDueSoon");
        assertThat(ids(noims)).containsExactly(overdue, dueSoon);
        assertThat(noims.get(0).path("dueBy").asString()).isEqualTo("2026-11-10");
        assertThat(noims.get(0).path("overdue").asBoolean()).isTrue();
        assertThat(noims.get(1).path("dueBy").asString()).isEqualTo("2026-12-20");
        assertThat(noims.get(1).path("overdue").asBoolean()).isFalse();
        assertThat(noims.get(1).path("ceremonyDate").asString()).isEqualTo("2027-01-20");
        assertThat(noims.get(1).path("celebrantId").asString()).isEqualTo(celebrant);
        assertThat(noims.get(1).path("partner1").path("fullName").asString()).isEqualTo("Alex Smith");
        assertThat(noims.get(1).path("partner2").path("fullName").asString()).isEqualTo("Sam Jones");
    }

    @Test
    void declarationsAreMissingForCeremoniesWithinThirtyDaysUntilBothPartnersSign() {
        String noneSigned = steps.request(celebrant, LocalDate.of(2026, 12, 10), "10:00");
        String oneSigned = steps.request(celebrant, LocalDate.of(2026, 12, 15), "10:00");
        steps.sign(oneSigned, 1, TODAY);
        String bothSigned = steps.request(celebrant, LocalDate.of(2026, 12, 16), "10:00");
        steps.sign(bothSigned, 1, TODAY);
        steps.sign(bothSigned, 2, TODAY);
        String farAway = steps.request(celebrant, LocalDate.of(2027, 1, 20), "10:00");
        List.of(noneSigned, oneSigned, bothSigned, farAway).forEach(steps::awaitLastWrite);

        JsonNode missing = report().path("declarationsMissing");

        assertThat(ids(missing)).containsExactly(noneSigned, oneSigned);
        assertThat(missing.get(0).path("partnersWithoutDeclaration").toString()).isEqualTo("[1,2]");
        assertThat(missing.get(0).path("dueBy").asString()).isEqualTo("2026-12-10");
        assertThat(missing.get(1).path("partnersWithoutDeclaration").toString()).isEqualTo("[2]");
    }

    @Test
    void aPerformedCeremonyIsDueForRegistrationForFourteenDaysThenOverdue() {
        String due = performed(LocalDate.of(2026, 11, 20));
        String overdue = performed(LocalDate.of(2026, 11, 10));
        String registered = performed(LocalDate.of(2026, 11, 25));
        steps.register(registered, TODAY, "BDM-1");
        List.of(due, overdue, registered).forEach(steps::awaitLastWrite);

        JsonNode report = report();

        assertThat(ids(report.path("registrationsDue"))).containsExactly(due);
        assertThat(report.path("registrationsDue").get(0).path("dueBy").asString()).isEqualTo("2026-12-04");
        assertThat(ids(report.path("registrationsOverdue"))).containsExactly(overdue);
        assertThat(report.path("registrationsOverdue").get(0).path("dueBy").asString()).isEqualTo("2026-11-24");

        clock.setToday(LocalDate.of(2026, 12, 4));
        assertThat(ids(report().path("registrationsDue"))).containsExactly(due);
        clock.setToday(LocalDate.of(2026, 12, 5));
        assertThat(ids(report().path("registrationsOverdue"))).containsExactly(overdue, due);
        assertThat(report().path("asOf").asString()).isEqualTo("2026-12-05");
    }

    @Test
    void cancelledBookingsNeedNoPaperwork() {
        String cancelled = steps.request(celebrant, LocalDate.of(2026, 12, 10), "10:00");
        steps.cancel(cancelled, "Postponed indefinitely");
        steps.awaitLastWrite(cancelled);

        JsonNode report = report();

        assertThat(report.path("noimsDueSoon").isEmpty()).isTrue();
        assertThat(report.path("declarationsMissing").isEmpty()).isTrue();
    }

    @Test
    void withoutACelebrantTheReportCoversTheWholePractice() {
        String id = steps.request(celebrant, LocalDate.of(2026, 12, 10), "10:00");
        steps.awaitLastWrite(id);

        Answer answer = client.get("/api/v1/reports/compliance");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(ids(answer.body().path("noimsDueSoon"))).contains(id);
    }

    /** A confirmed booking with all its paperwork, performed on the date (in the past of today). */
    private String performed(LocalDate on) {
        String id = steps.request(Bookings.request(celebrant, on, "10:00"));
        steps.confirm(id);
        steps.lodgeNoim(id, on.minusMonths(2));
        steps.sign(id, 1, on.minusDays(7));
        steps.sign(id, 2, on.minusDays(7));
        steps.perform(id, on, BookingQuerySteps.newSerial());
        return id;
    }

    private JsonNode report() {
        Answer answer = client.get("/api/v1/reports/compliance?celebrantId=" + celebrant);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.path("bookingId").asString()).toList();
    }
}
