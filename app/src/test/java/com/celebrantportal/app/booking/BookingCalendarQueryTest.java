package com.celebrantportal.app.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.app.support.Bookings;
import com.celebrantportal.app.support.PortalClient.Answer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BookingCalendarQueryTest extends BookingQueryTest {

    @Test
    void theCalendarShowsEachCeremonyInTheRangeWithItsSlotAndVenue() {
        String id = steps.request(celebrant, LocalDate.of(2027, 3, 20), "15:30");
        steps.confirm(id);
        steps.awaitLastWrite(id);

        JsonNode items = calendar("from=2027-03-01&to=2027-03-31&celebrantId=" + celebrant).path("items");

        assertThat(items.size()).isEqualTo(1);
        JsonNode entry = items.get(0);
        assertThat(entry.path("bookingId").asString()).isEqualTo(id);
        assertThat(entry.path("celebrantId").asString()).isEqualTo(celebrant);
        assertThat(entry.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(entry.path("date").asString()).isEqualTo("2027-03-20");
        assertThat(entry.path("startTime").asString()).isEqualTo("15:30");
        assertThat(entry.path("endTime").asString()).isEqualTo("16:30");
        assertThat(entry.path("durationMinutes").asInt()).isEqualTo(60);
        assertThat(entry.path("venue").path("name").asString()).isEqualTo("Fitzroy Gardens");
        assertThat(entry.path("venue").path("address").asString()).isEqualTo("Wellington Pde");
        assertThat(entry.path("venue").path("suburb").asString()).isEqualTo("East Melbourne");
        assertThat(entry.path("venue").path("postcode").asString()).isEqualTo("3002");
    }

    @Test
    void theRangeIncludesBothEndsAndKeepsCeremonyOrder() {
        String before = steps.request(celebrant, LocalDate.of(2027, 2, 28), "10:00");
        String lastDay = steps.request(celebrant, LocalDate.of(2027, 3, 31), "09:00");
        String firstDayLate = steps.request(celebrant, LocalDate.of(2027, 3, 1), "17:00");
        String firstDayEarly = steps.request(celebrant, LocalDate.of(2027, 3, 1), "10:00");
        List.of(before, lastDay, firstDayLate, firstDayEarly).forEach(steps::awaitLastWrite);

        assertThat(ids(calendar("from=2027-03-01&to=2027-03-31&celebrantId=" + celebrant)))
                .containsExactly(firstDayEarly, firstDayLate, lastDay);
    }

    @Test
    void cancelledCeremoniesAreNotInTheCalendar() {
        String kept = steps.request(celebrant, LocalDate.of(2027, 3, 10), "10:00");
        String cancelled = steps.request(celebrant, LocalDate.of(2027, 3, 11), "10:00");
        steps.cancel(cancelled, "Couple eloped");
        steps.awaitLastWrite(kept);
        steps.awaitLastWrite(cancelled);

        assertThat(ids(calendar("from=2027-03-01&to=2027-03-31&celebrantId=" + celebrant))).containsExactly(kept);
    }

    @Test
    void withoutACelebrantTheCalendarShowsEveryCelebrantsCeremonies() {
        String mine = steps.request(celebrant, LocalDate.of(2031, 7, 7), "10:00");
        String theirs = steps.request(Bookings.newCelebrant(), LocalDate.of(2031, 7, 7), "10:00");
        steps.awaitLastWrite(mine);
        steps.awaitLastWrite(theirs);

        assertThat(ids(calendar("from=2031-07-07&to=2031-07-07"))).contains(mine, theirs);
    }

    @Test
    void aRangeOfUpTo366DaysIsAnsweredAndALongerOneIsRejected() {
        assertThat(client.get("/api/v1/calendar?from=2028-01-01&to=2028-12-31").status()).isEqualTo(200);
        assertRejected("from=2027-01-01&to=2028-01-02", "to");
    }

    @Test
    void bothDatesAreRequiredValidAndInOrder() {
        assertRejected("to=2027-03-31", "from");
        assertRejected("from=2027-03-01", "to");
        assertRejected("from=2027-03-01&to=2027-02-28", "to");
        assertRejected("from=first&to=2027-03-31", "from");
    }

    private JsonNode calendar(String query) {
        return steps.read("/api/v1/calendar?" + query);
    }

    private void assertRejected(String query, String field) {
        steps.assertRejected("/api/v1/calendar?" + query, field);
    }

    private static List<String> ids(JsonNode answer) {
        return BookingQuerySteps.ids(answer, "bookingId");
    }
}
