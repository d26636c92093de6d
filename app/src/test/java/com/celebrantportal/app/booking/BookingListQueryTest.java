package com.celebrantportal.app.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.app.support.Bookings;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BookingListQueryTest extends BookingQueryTest {

    @Test
    void aCelebrantsBookingsAreListedInCeremonyDateThenStartTimeOrderAsSummaries() {
        String late = steps.request(celebrant, LocalDate.of(2027, 4, 10), "16:00");
        String early = steps.request(celebrant, LocalDate.of(2027, 4, 10), "09:00");
        String first = steps.request(celebrant, LocalDate.of(2027, 2, 1), "12:00");
        steps.awaitLastWrite(first);

        JsonNode page = list("celebrantId=" + celebrant);

        assertThat(ids(page)).containsExactly(first, early, late);
        assertThat(page.path("nextCursor").isNull()).isTrue();
        JsonNode summary = page.path("items").get(0);
        assertThat(summary.path("celebrantId").asString()).isEqualTo(celebrant);
        assertThat(summary.path("status").asString()).isEqualTo("ENQUIRY");
        assertThat(summary.path("version").asLong()).isEqualTo(1);
        assertThat(summary.path("ceremony").path("date").asString()).isEqualTo("2027-02-01");
        assertThat(summary.path("ceremony").path("startTime").asString()).isEqualTo("12:00");
        assertThat(summary.path("ceremony").path("durationMinutes").asInt()).isEqualTo(60);
        assertThat(summary.path("ceremony").path("venue").path("name").asString()).isEqualTo("Fitzroy Gardens");
        assertThat(summary.path("ceremony").path("venue").path("suburb").asString()).isEqualTo("East Melbourne");
        assertThat(summary.path("partner1").path("fullName").asString()).isEqualTo("Alex Smith");
        assertThat(summary.path("partner2").path("fullName").asString()).isEqualTo("Sam Jones");
    }

    @Test
    void theStatusFilterListsOnlyBookingsInThatStatus() {
        String enquiry = steps.request(celebrant, LocalDate.of(2027, 4, 10), "09:00");
        String confirmed = steps.request(celebrant, LocalDate.of(2027, 4, 11), "09:00");
        steps.confirm(confirmed);
        steps.awaitLastWrite(confirmed);
        steps.awaitLastWrite(enquiry);

        assertThat(ids(list("celebrantId=" + celebrant + "&status=CONFIRMED"))).containsExactly(confirmed);
        assertThat(ids(list("celebrantId=" + celebrant + "&status=ENQUIRY"))).containsExactly(enquiry);
    }

    @Test
    void fromAndToFilterTheCeremonyDateWithBothEndsIncluded() {
        String before = steps.request(celebrant, LocalDate.of(2027, 4, 9), "09:00");
        String onFrom = steps.request(celebrant, LocalDate.of(2027, 4, 10), "09:00");
        String onTo = steps.request(celebrant, LocalDate.of(2027, 4, 20), "09:00");
        String after = steps.request(celebrant, LocalDate.of(2027, 4, 21), "09:00");
        List.of(before, onFrom, onTo, after).forEach(steps::awaitLastWrite);

        assertThat(ids(list("celebrantId=" + celebrant + "&from=2027-04-10&to=2027-04-20"))).containsExactly(onFrom, onTo);
        assertThat(ids(list("celebrantId=" + celebrant + "&from=2027-04-20"))).containsExactly(onTo, after);
        assertThat(ids(list("celebrantId=" + celebrant + "&to=2027-04-09"))).containsExactly(before);
    }

    @Test
    void theCelebrantFilterKeepsOtherCelebrantsBookingsOut() {
        String mine = steps.request(celebrant, LocalDate.of(2027, 4, 10), "09:00");
        String theirs = steps.request(Bookings.newCelebrant(), LocalDate.of(2027, 4, 10), "09:00");
        steps.awaitLastWrite(mine);
        steps.awaitLastWrite(theirs);

        assertThat(ids(list("celebrantId=" + celebrant))).containsExactly(mine);
    }

    @Test
    void theSearchFindsPartnerNamesAndVenuesIgnoringCase() {
        String byName = steps.request(BookingQuerySteps.requestBy(celebrant, LocalDate.of(2027, 4, 10), "09:00",
                "Charlotte Nguyen", "Oliver Brown", "Ripponlea Estate"));
        String byVenue = steps.request(BookingQuerySteps.requestBy(celebrant, LocalDate.of(2027, 4, 11), "09:00",
                "Mia Wilson", "Jack Taylor", "Werribee Park Mansion"));
        steps.awaitLastWrite(byName);
        steps.awaitLastWrite(byVenue);

        assertThat(ids(list("celebrantId=" + celebrant + "&q=NGUYEN"))).containsExactly(byName);
        assertThat(ids(list("celebrantId=" + celebrant + "&q=oliver"))).containsExactly(byName);
        assertThat(ids(list("celebrantId=" + celebrant + "&q=werribee%20park"))).containsExactly(byVenue);
        assertThat(ids(list("celebrantId=" + celebrant + "&q=carlton"))).containsExactly(byName, byVenue);
        assertThat(ids(list("celebrantId=" + celebrant + "&q=%25"))).isEmpty();
    }

    @Test
    void pagesFollowNextCursorUntilItIsNullWithEveryBookingOnceAndTiesInIdOrder() {
        // two celebrants with ceremonies at the same dates and times: the booking id breaks the tie
        String couple = "Tie" + Long.toHexString(System.nanoTime());
        String other = Bookings.newCelebrant();
        List<String> created = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            for (String celebrantId : List.of(celebrant, other)) {
                created.add(steps.request(BookingQuerySteps.requestBy(celebrantId, LocalDate.of(2027, 5, day), "10:00",
                        couple + " Lee", "Robin Park", "Abbotsford Convent")));
            }
        }
        created.forEach(steps::awaitLastWrite);
        List<String> all = ids(list("q=" + couple));
        assertThat(all).containsExactlyInAnyOrderElementsOf(created);
        for (int i = 0; i < all.size(); i += 2) {
            assertThat(all.get(i)).isLessThan(all.get(i + 1));
        }

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = list("q=" + couple + "&limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.path("items").size()).isLessThanOrEqualTo(3);
            paged.addAll(ids(page));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asString();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(4);
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void aPageExactlyFullHasNoNextCursor() {
        steps.awaitLastWrite(steps.request(celebrant, LocalDate.of(2027, 4, 10), "09:00"));
        steps.awaitLastWrite(steps.request(celebrant, LocalDate.of(2027, 4, 11), "09:00"));

        JsonNode page = list("celebrantId=" + celebrant + "&limit=2");

        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(page.has("nextCursor")).isTrue();
        assertThat(page.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void theLimitMustBeBetweenOneAnd200() {
        steps.awaitLastWrite(steps.request(celebrant, LocalDate.of(2027, 4, 10), "09:00"));

        assertThat(list("celebrantId=" + celebrant + "&limit=1").path("items").size()).isEqualTo(1);
        assertThat(list("celebrantId=" + celebrant + "&limit=200").path("items").size()).isEqualTo(1);
        for (String limit : List.of("0", "201", "-1", "many")) {
            assertRejected("limit=" + limit, "limit");
        }
    }

    @Test
    void aCursorThatTheListDidNotGiveOutIsRejected() {
        String wellFormedButWrong = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("1\u001fnot-a-date\u001f10:00\u001fx".getBytes(StandardCharsets.UTF_8));
        String otherVersion = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("9\u001f2027-01-01\u001f10:00\u001fx".getBytes(StandardCharsets.UTF_8));
        for (String cursor : List.of("!!!", "garbage", "AAAA", wellFormedButWrong, otherVersion)) {
            assertRejected("cursor=" + cursor, "cursor");
        }
    }

    @Test
    void anUnknownStatusIsRejected() {
        assertRejected("status=MARRIED", "status");
        assertRejected("status=confirmed", "status");
    }

    @Test
    void badDatesAndAnEmptyRangeAreRejected() {
        assertRejected("from=2027-13-01", "from");
        assertRejected("to=tomorrow", "to");
        assertRejected("from=2027-05-02&to=2027-05-01", "to");
    }

    private JsonNode list(String query) {
        return steps.read("/api/v1/bookings?" + query);
    }

    private void assertRejected(String query, String field) {
        steps.assertRejected("/api/v1/bookings?" + query, field);
    }

    private static List<String> ids(JsonNode answer) {
        return BookingQuerySteps.ids(answer, "id");
    }
}
