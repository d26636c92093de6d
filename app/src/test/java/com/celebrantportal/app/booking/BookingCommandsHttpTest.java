package com.celebrantportal.app.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.app.support.Bookings;
import com.celebrantportal.app.support.PortalClient.Answer;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every booking command endpoint: its success answer and each business error it can give, on the real store. */
class BookingCommandsHttpTest extends BookingHttpSupport {

    @Test
    void aRequestedBookingAnswers201WithItsLocationAndFirstVersion() {
        long before = storedEvents();
        Answer created = client.post(BOOKINGS, Bookings.request(Bookings.newCelebrant(), COMING, "15:00"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().path("id").asString();
        assertThat(created.body().path("version").asLong()).isEqualTo(1);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.header("Location")).isEqualTo("/api/v1/bookings/" + id);
        assertThat(storedEventsOf(id)).isEqualTo(1);
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void eachCommandOfTheLifecycleAnswersTheNewVersionInTheBodyAndAsETag() {
        String id = requestBooking(HELD);
        assertNewVersion(id, 2, confirm(id, "If-Match", "\"1\""));
        assertNewVersion(id, 3, reschedule(id, HELD, "16:00", "If-Match", "\"2\""));
        assertNewVersion(id, 4, updatePlan(id, "Welcome, everyone", "If-Match", "\"3\""));
        assertNewVersion(id, 5, lodgeNoim(id, HELD.minusMonths(2), "If-Match", "\"4\""));
        assertNewVersion(id, 6, signDeclaration(id, 1, HELD.minusDays(3), "If-Match", "\"5\""));
        assertNewVersion(id, 7, signDeclaration(id, 2, HELD.minusDays(3), "If-Match", "\"6\""));
        assertNewVersion(id, 8, recordPerformed(id, HELD, "F15-" + UUID.randomUUID(), "If-Match", "\"7\""));
        assertNewVersion(id, 9, recordRegistration(id, HELD.plusDays(10), "If-Match", "\"8\""));
    }

    @Test
    void aBookingIsCancelledWithItsNewVersion() {
        String id = requestBooking(COMING);
        assertNewVersion(id, 2, cancel(id, "COUPLE"));
    }

    @Test
    void aConfirmedBookingCannotBeConfirmedAgain() {
        String id = requestBooking(COMING);
        expectOk(confirm(id));
        rejected(409, "INVALID_STATE", () -> confirm(id));
    }

    @Test
    void aCeremonyWithoutANoticeOrBothDeclarationsCannotBeRecordedAsPerformed() {
        String id = requestBooking(HELD);
        expectOk(confirm(id));
        rejected(409, "INVALID_STATE", () -> recordPerformed(id, HELD, "F15-" + UUID.randomUUID()));
        expectOk(lodgeNoim(id, HELD.minusMonths(2)));
        expectOk(signDeclaration(id, 1, HELD.minusDays(1)));
        rejected(409, "INVALID_STATE", () -> recordPerformed(id, HELD, "F15-" + UUID.randomUUID()));
    }

    @Test
    void anEnquiryCannotBeRecordedAsPerformed() {
        String id = requestBooking(HELD);
        expectOk(lodgeNoim(id, HELD.minusMonths(2)));
        expectOk(signDeclaration(id, 1, HELD.minusDays(1)));
        expectOk(signDeclaration(id, 2, HELD.minusDays(1)));
        rejected(409, "INVALID_STATE", () -> recordPerformed(id, HELD, "F15-" + UUID.randomUUID()));
    }

    @Test
    void aMarriageIsRegisteredOnlyAfterTheCeremonyIsPerformed() {
        String id = readyToPerform(Bookings.newCelebrant());
        rejected(409, "INVALID_STATE", () -> recordRegistration(id, HELD.plusDays(1)));
    }

    @Test
    void aPerformedCeremonyCannotBeCancelled() {
        String id = performed("F15-" + UUID.randomUUID());
        rejected(409, "INVALID_STATE", () -> cancel(id, "COUPLE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsOnABooking")
    void aCancelledBookingRejectsEveryCommand(String command, BiFunction<BookingCommandsHttpTest, String, Answer> send) {
        String id = requestBooking(COMING);
        expectOk(cancel(id, "CELEBRANT"));
        rejected(409, "INVALID_STATE", () -> send.apply(this, id));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsOnABooking")
    void aCommandOnAnUnknownBookingAnswers404(String command, BiFunction<BookingCommandsHttpTest, String, Answer> send) {
        rejected(404, "NOT_FOUND", () -> send.apply(this, UUID.randomUUID().toString()));
    }

    static Stream<Arguments> commandsOnABooking() {
        return Stream.of(
                commandOf("confirm", (test, id) -> test.confirm(id)),
                commandOf("reschedule", (test, id) -> test.reschedule(id, COMING.plusDays(1), "10:00")),
                commandOf("ceremony-plan", (test, id) -> test.updatePlan(id, "Welcome")),
                commandOf("noim", (test, id) -> test.lodgeNoim(id, HELD)),
                commandOf("declarations", (test, id) -> test.signDeclaration(id, 1, HELD)),
                commandOf("performed", (test, id) -> test.recordPerformed(id, COMING, "F15-" + UUID.randomUUID())),
                commandOf("registration", (test, id) -> test.recordRegistration(id, HELD)),
                commandOf("cancel", (test, id) -> test.cancel(id, "COUPLE")));
    }

    private static Arguments commandOf(String name, BiFunction<BookingCommandsHttpTest, String, Answer> send) {
        return Arguments.of(name, send);
    }

    @Test
    void aNoticeLessThanOneCalendarMonthBeforeTheCeremonyAnswers422() {
        String id = requestBooking(LocalDate.of(2026, 12, 14));
        Answer answer = rejected(422, "NOIM_WINDOW", () -> lodgeNoim(id, LocalDate.of(2026, 11, 15)));
        assertThat(answer.body().path("detail").asString()).contains("2026-12-15");
    }

    @Test
    void aNoticeWithAShorteningOfTimeIsAcceptedInsideTheMonth() {
        String id = requestBooking(LocalDate.of(2026, 12, 14));
        expectOk(lodgeNoimWithShortening(id, LocalDate.of(2026, 11, 15), Map.of("ground", "MEDICAL",
                "authority", "Registrar, Melbourne Magistrates' Court", "grantedOn", "2026-11-16")));
        assertThat(storedPayloadField(id, 1, "shortening")).contains("MEDICAL");
    }

    @Test
    void aRescheduleOutsideTheNoticeWindowAnswers422() {
        String id = requestBooking(COMING);
        expectOk(lodgeNoim(id, LocalDate.of(2026, 11, 15)));
        rejected(422, "NOIM_WINDOW", () -> reschedule(id, LocalDate.of(2026, 12, 14), "15:00"));
        rejected(422, "NOIM_WINDOW", () -> reschedule(id, LocalDate.of(2028, 5, 16), "15:00"));
    }

    @Test
    void aCertificateSerialRecordedForOneCeremonyCannotBeUsedForAnother() {
        String serial = "F15-" + UUID.randomUUID();
        performed(serial);
        String second = readyToPerform(Bookings.newCelebrant());
        rejected(409, "CERTIFICATE_SERIAL_USED", () -> recordPerformed(second, HELD, serial));
    }

    @Test
    void aCertificateSerialIsFreeAgainWhenItsCeremonyWasRejected() {
        String serial = "F15-" + UUID.randomUUID();
        String unready = requestBooking(HELD);
        expectOk(confirm(unready));
        rejected(409, "INVALID_STATE", () -> recordPerformed(unready, HELD, serial));
        String ready = readyToPerform(Bookings.newCelebrant());
        expectOk(recordPerformed(ready, HELD, serial));
    }

    @Test
    void papersLodgedOnTheFourteenthDayAreStoredAsOnTime() {
        String id = performed("F15-" + UUID.randomUUID());
        expectOk(recordRegistration(id, HELD.plusDays(14)));
        assertThat(storedPayloadField(id, 6, "late")).isEqualTo("false");
        assertThat(storedPayloadField(id, 6, "dueBy")).isEqualTo(HELD.plusDays(14).toString());
    }

    @Test
    void papersLodgedAfterFourteenDaysAreStoredAsLate() {
        String id = performed("F15-" + UUID.randomUUID());
        Answer registered = expectOk(recordRegistration(id, HELD.plusDays(15)));
        assertThat(registered.body().path("version").asLong()).isEqualTo(7);
        assertThat(storedPayloadField(id, 6, "late")).isEqualTo("true");
    }

    @Test
    void aStaleIfMatchAnswers412() {
        String id = requestBooking(COMING);
        expectOk(confirm(id, "If-Match", "\"1\""));
        rejected(412, "VERSION_CONFLICT", () -> updatePlan(id, "Welcome", "If-Match", "\"1\""));
    }

    @Test
    void aGarbledIfMatchAnswers400() {
        String id = requestBooking(COMING);
        rejectedField("If-Match", () -> confirm(id, "If-Match", "\"one\""));
        rejectedField("If-Match", () -> confirm(id, "If-Match", "\"0\""));
    }

    private void assertNewVersion(String id, long version, Answer answer) {
        expectOk(answer);
        assertThat(answer.body().path("id").asString()).isEqualTo(id);
        assertThat(answer.body().path("version").asLong()).isEqualTo(version);
        assertThat(answer.header("ETag")).isEqualTo("\"" + version + "\"");
        assertThat(storedEventsOf(id)).isEqualTo(version);
    }
}
