package com.celebrantportal.app.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.api.booking.TimeSlot;
import com.celebrantportal.app.support.Bookings;
import com.celebrantportal.app.support.PortalClient;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests the API cannot take: 400 with the offending fields, never 500, and nothing written. */
class BookingRequestValidationHttpTest extends BookingHttpSupport {

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBookingRequests")
    void anInvalidBookingRequestNamesTheField(String field, Consumer<Map<String, Object>> spoil) {
        Map<String, Object> body = Bookings.request(Bookings.newCelebrant(), COMING, "15:00");
        spoil.accept(body);
        rejectedField(field, () -> client.post(BOOKINGS, body));
    }

    static Stream<Arguments> invalidBookingRequests() {
        return Stream.of(
                spoiled("celebrantId", body -> body.remove("celebrantId")),
                spoiled("partner2", body -> body.remove("partner2")),
                spoiled("partner1.fullName", body -> partner1(body).remove("fullName")),
                spoiled("partner1.email", body -> partner1(body).put("email", "not-an-email")),
                spoiled("partner1.dateOfBirth", body -> partner1(body).put("dateOfBirth", "1990-02-30")),
                spoiled("partner2.dateOfBirth", body -> body.put("partner2",
                        withEntry(Bookings.partner("Jo Young"), "dateOfBirth", COMING.minusYears(17).toString()))),
                spoiled("ceremony.date", body -> ceremony(body).put("date", "2027-02-30")),
                spoiled("ceremony.startTime", body -> ceremony(body).put("startTime", "25:00")),
                spoiled("ceremony.durationMinutes", body -> ceremony(body).put("durationMinutes", "sixty")),
                spoiled("ceremony.durationMinutes", body -> ceremony(body).put("durationMinutes", 0)),
                spoiled("ceremony.venue.postcode", body -> ceremony(body).put("venue",
                        Map.of("name", "Fitzroy Gardens", "address", "Wellington Pde", "suburb", "East Melbourne",
                                "postcode", "30020"))),
                spoiled("package.feeCents", body -> body.put("package", Map.of("name", "Classic", "feeCents", -1))),
                spoiled("package", body -> body.remove("package")));
    }

    @Test
    void anUnknownCancellingPartyIsRejected() {
        String id = requestBooking(COMING);
        rejectedField("cancelledBy",
                () -> client.post(path(id, "cancel"), Map.of("reason", "bored", "cancelledBy", "NOBODY")));
    }

    @Test
    void aCancellationWithoutAReasonIsRejected() {
        String id = requestBooking(COMING);
        rejectedField("reason", () -> client.post(path(id, "cancel"), Map.of("cancelledBy", "COUPLE")));
    }

    @Test
    void anUnknownShorteningGroundIsRejected() {
        String id = requestBooking(COMING);
        rejectedField("shortening.ground", () -> lodgeNoimWithShortening(id, HELD,
                Map.of("ground", "BOREDOM", "authority", "Registrar", "grantedOn", HELD.toString())));
    }

    @Test
    void aShorteningWithoutItsAuthorityIsRejected() {
        String id = requestBooking(COMING);
        rejectedField("shortening.authority", () -> lodgeNoimWithShortening(id, HELD,
                Map.of("ground", "MEDICAL", "grantedOn", HELD.toString())));
    }

    @Test
    void aNoticeWithoutItsDateIsRejected() {
        String id = requestBooking(COMING);
        rejectedField("receivedOn", () -> client.post(path(id, "noim"), Map.of()));
    }

    @Test
    void aNoticeReceivedOnANonexistentDateIsRejected() {
        String id = requestBooking(COMING);
        rejectedField("receivedOn", () -> client.post(path(id, "noim"), Map.of("receivedOn", "2026-02-30")));
    }

    @Test
    void aNoticeReceivedInTheFutureIsRejected() {
        String id = requestBooking(COMING);
        rejectedField("receivedOn", () -> lodgeNoim(id, clockToday().plusDays(1)));
    }

    @Test
    void aThirdPartnerCannotSignADeclaration() {
        String id = requestBooking(COMING);
        rejectedField("partner", () -> signDeclaration(id, 3, HELD));
    }

    @Test
    void aDeclarationSignedAfterTheCeremonyIsRejected() {
        String id = requestBooking(HELD);
        rejectedField("signedOn", () -> signDeclaration(id, 1, HELD.plusDays(1)));
    }

    @Test
    void aCeremonyIsRecordedAsPerformedOnItsOwnDate() {
        String id = readyToPerform(Bookings.newCelebrant());
        rejectedField("performedOn", () -> recordPerformed(id, HELD.plusDays(1), "F15-1"));
    }

    @Test
    void aCertificateSerialMustBeAnIdentifier() {
        String id = readyToPerform(Bookings.newCelebrant());
        rejectedField("certificateSerial", () -> recordPerformed(id, HELD, "   "));
    }

    @Test
    void aRegistrationBeforeTheCeremonyIsRejected() {
        String id = performed("F15-" + UUID.randomUUID());
        rejectedField("lodgedOn", () -> recordRegistration(id, HELD.minusDays(1)));
    }

    @Test
    void aRescheduleWithoutItsStartTimeIsRejected() {
        String id = requestBooking(COMING);
        rejectedField("startTime",
                () -> client.post(path(id, "reschedule"), Map.of("date", COMING.toString(), "durationMinutes", 60)));
    }

    @Test
    void aRescheduleToADayWhenAPartnerIsUnderEighteenIsRejected() {
        Map<String, Object> body = Bookings.request(Bookings.newCelebrant(), COMING, "15:00");
        body.put("partner1", withEntry(Bookings.partner("Jo Young"), "dateOfBirth", COMING.minusYears(18).toString()));
        String id = client.post(BOOKINGS, body).body().path("id").asString();
        rejectedField("partner1.dateOfBirth", () -> reschedule(id, COMING.minusDays(1), "15:00"));
    }

    @Test
    void aCeremonyPlanWithAnOverlongReadingListIsRejected() {
        String id = requestBooking(COMING);
        rejectedField("readings", () -> client.put(path(id, "ceremony-plan"),
                Map.of("readings", Collections.nCopies(51, "Sonnet 116"))));
    }

    @Test
    void malformedJsonAnswersMalformedRequest() {
        rejected(400, "MALFORMED_REQUEST",
                () -> client.postRaw(BOOKINGS, "application/json", "{\"celebrantId\": \"cel-1\", "));
    }

    @Test
    void aConfirmationWithAMalformedBodyIsRejectedAndOneWithoutABodyIsAccepted() {
        String id = requestBooking(COMING);
        rejected(400, "MALFORMED_REQUEST", () -> client.postRaw(path(id, "confirm"), "application/json", "{oops"));
        assertThat(client.method("POST", path(id, "confirm")).status()).isEqualTo(200);
    }

    @Test
    void anEmptyBodyAnswersMalformedRequest() {
        String id = requestBooking(COMING);
        rejected(400, "MALFORMED_REQUEST", () -> client.postRaw(BOOKINGS, "application/json", ""));
        rejected(400, "MALFORMED_REQUEST", () -> client.postRaw(path(id, "cancel"), "application/json", ""));
    }

    @Test
    void aBodyOver256KiBAnswersBodyTooLarge() {
        String id = requestBooking(COMING);
        String script = "Dearly beloved. ".repeat(17_000);
        assertThat(script.length()).isGreaterThan(256 * 1024);
        rejected(400, "BODY_TOO_LARGE", () -> updatePlan(id, script));
    }

    @Test
    void aBodyThatIsNotJsonAnswers415() {
        rejected(415, "UNSUPPORTED_MEDIA_TYPE", () -> client.postRaw(BOOKINGS, "text/plain",
                PortalClient.json(Bookings.request(Bookings.newCelebrant(), COMING, "15:00"))));
    }

    private LocalDate clockToday() {
        return LocalDate.ofInstant(clock.instant(), TimeSlot.MELBOURNE);
    }

    private static Arguments spoiled(String field, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(field, spoil);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> partner1(Map<String, Object> body) {
        return (Map<String, Object>) body.get("partner1");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ceremony(Map<String, Object> body) {
        return (Map<String, Object>) body.get("ceremony");
    }

    private static Map<String, Object> withEntry(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
