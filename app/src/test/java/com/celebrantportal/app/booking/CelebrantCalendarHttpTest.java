package com.celebrantportal.app.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.app.support.Bookings;
import com.celebrantportal.app.support.PortalClient.Answer;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A celebrant never holds two ceremonies whose slots, plus 60 minutes of travel, overlap. */
class CelebrantCalendarHttpTest extends BookingHttpSupport {

    private static final LocalDate DAY = LocalDate.of(2027, 4, 10);

    private String celebrant;

    @BeforeEach
    void newCelebrant() {
        celebrant = Bookings.newCelebrant();
    }

    @Test
    void aCeremonyStartingAnHourAfterTheLastOneEndsFitsTheTravelBuffer() {
        requestBooking(celebrant, DAY, "13:00");
        requestBooking(celebrant, DAY, "15:00");
    }

    @Test
    void aCeremonyStartingWithinTheTravelBufferAfterAnotherIsRejected() {
        requestBooking(celebrant, DAY, "13:00");
        rejectedBooking(celebrant, "14:59");
        assertThat(bookingsRequestedFor(celebrant)).isEqualTo(1);
    }

    @Test
    void aCeremonyEndingAnHourBeforeTheNextStartsFitsTheTravelBuffer() {
        requestBooking(celebrant, DAY, "13:00");
        requestBooking(celebrant, DAY, "11:00");
    }

    @Test
    void aCeremonyEndingWithinTheTravelBufferBeforeAnotherIsRejected() {
        requestBooking(celebrant, DAY, "13:00");
        rejectedBooking(celebrant, "11:01");
    }

    @Test
    void theSameSlotIsTakenOnlyOnce() {
        requestBooking(celebrant, DAY, "13:00");
        rejectedBooking(celebrant, "13:00");
    }

    @Test
    void differentCelebrantsMayHoldTheSameSlot() {
        requestBooking(celebrant, DAY, "13:00");
        requestBooking(Bookings.newCelebrant(), DAY, "13:00");
    }

    @Test
    void cancellingABookingFreesItsSlot() {
        String id = requestBooking(celebrant, DAY, "13:00");
        expectOk(cancel(id, "COUPLE"));
        requestBooking(celebrant, DAY, "13:00");
    }

    @Test
    void aRescheduleIntoAnotherCeremonysSlotAnswers409AndKeepsTheOldSlot() {
        requestBooking(celebrant, DAY, "13:00");
        String moving = requestBooking(celebrant, DAY.plusDays(1), "13:00");
        rejected(409, "CELEBRANT_UNAVAILABLE", () -> reschedule(moving, DAY, "14:30"));
        rejectedBooking(celebrant, DAY.plusDays(1), "13:30");
    }

    @Test
    void aRescheduleFreesTheOldSlot() {
        String moving = requestBooking(celebrant, DAY, "13:00");
        expectOk(reschedule(moving, DAY.plusDays(1), "13:00"));
        requestBooking(celebrant, DAY, "13:00");
        rejectedBooking(celebrant, DAY.plusDays(1), "13:30");
    }

    private void rejectedBooking(String celebrantId, String startTime) {
        rejectedBooking(celebrantId, DAY, startTime);
    }

    private void rejectedBooking(String celebrantId, LocalDate date, String startTime) {
        Answer answer = rejected(409, "CELEBRANT_UNAVAILABLE",
                () -> client.post(BOOKINGS, Bookings.request(celebrantId, date, startTime)));
        assertThat(answer.body().path("detail").asString()).contains(celebrantId);
    }
}
