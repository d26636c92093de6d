package com.celebrantportal.app.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.app.support.Bookings;
import com.celebrantportal.app.support.PortalClient.Answer;
import com.celebrantportal.app.support.PortalIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Drives bookings through their lifecycle over HTTP for the booking command tests. "Today" is the test
 * clock's 1 December 2026: a ceremony {@link #COMING} is still to come, one {@link #HELD} took place.
 */
abstract class BookingHttpSupport extends PortalIntegrationTest {

    static final LocalDate COMING = LocalDate.of(2027, 3, 20);
    static final LocalDate HELD = LocalDate.of(2026, 11, 1);
    static final String BOOKINGS = "/api/v1/bookings";

    /** Requests a booking and answers its id. */
    String requestBooking(String celebrantId, LocalDate date, String startTime) {
        Answer created = client.post(BOOKINGS, Bookings.request(celebrantId, date, startTime));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().path("id").asString();
    }

    String requestBooking(LocalDate date) {
        return requestBooking(Bookings.newCelebrant(), date, "15:00");
    }

    Answer confirm(String id, String... headers) {
        return client.post(path(id, "confirm"), Map.of(), headers);
    }

    Answer reschedule(String id, LocalDate date, String startTime, String... headers) {
        return client.post(path(id, "reschedule"),
                Map.of("date", date.toString(), "startTime", startTime, "durationMinutes", 60), headers);
    }

    Answer updatePlan(String id, String script, String... headers) {
        return client.put(path(id, "ceremony-plan"), Map.of("script", script, "vowsPartner1", "I do",
                "vowsPartner2", "I do too", "readings", List.of("Sonnet 116"),
                "music", List.of("Canon in D")), headers);
    }

    Answer lodgeNoim(String id, LocalDate receivedOn, String... headers) {
        return client.post(path(id, "noim"), Map.of("receivedOn", receivedOn.toString()), headers);
    }

    Answer lodgeNoimWithShortening(String id, LocalDate receivedOn, Map<String, Object> shortening) {
        return client.post(path(id, "noim"), Map.of("receivedOn", receivedOn.toString(), "shortening", shortening));
    }

    Answer signDeclaration(String id, int partner, LocalDate signedOn, String... headers) {
        return client.post(path(id, "declarations"), Map.of("partner", partner, "signedOn", signedOn.toString()),
                headers);
    }

    Answer recordPerformed(String id, LocalDate performedOn, String serial, String... headers) {
        return client.post(path(id, "performed"),
                Map.of("performedOn", performedOn.toString(), "certificateSerial", serial), headers);
    }

    Answer recordRegistration(String id, LocalDate lodgedOn, String... headers) {
        return client.post(path(id, "registration"),
                Map.of("lodgedOn", lodgedOn.toString(), "registryReference", "BDM-" + id.substring(0, 8)), headers);
    }

    Answer cancel(String id, String cancelledBy, String... headers) {
        return client.post(path(id, "cancel"), Map.of("reason", "plans changed", "cancelledBy", cancelledBy), headers);
    }

    /** A confirmed booking for a ceremony held on {@link #HELD}, with its notice and both declarations. */
    String readyToPerform(String celebrantId) {
        String id = requestBooking(celebrantId, HELD, "15:00");
        expectOk(confirm(id));
        expectOk(lodgeNoim(id, HELD.minusMonths(3)));
        expectOk(signDeclaration(id, 1, HELD.minusDays(10)));
        expectOk(signDeclaration(id, 2, HELD.minusDays(10)));
        return id;
    }

    String performed(String serial) {
        String id = readyToPerform(Bookings.newCelebrant());
        expectOk(recordPerformed(id, HELD, serial));
        return id;
    }

    static String path(String id, String command) {
        return BOOKINGS + "/" + id + "/" + command;
    }

    static Answer expectOk(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer;
    }

    /** Asserts a problem+json answer with the status and code. */
    static Answer assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.code()).as(answer.toString()).isEqualTo(code);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        return answer;
    }

    /** Sends a command that must be rejected with the status and code, and checks that it wrote nothing. */
    Answer rejected(int status, String code, Supplier<Answer> command) {
        long before = storedEvents();
        Answer answer = assertProblem(command.get(), status, code);
        assertThat(storedEvents()).as("events stored after a rejected command").isEqualTo(before);
        return answer;
    }

    /** Asserts a 400 VALIDATION_FAILED naming the field, with nothing written. */
    Answer rejectedField(String field, Supplier<Answer> command) {
        Answer answer = rejected(400, "VALIDATION_FAILED", command);
        assertThat(answer.body().path("errors").valueStream().map(error -> error.path("field").asString()))
                .as(answer.toString()).contains(field);
        assertThat(answer.body().path("errors").valueStream().map(error -> error.path("message").asString()))
                .as(answer.toString()).allSatisfy(message -> assertThat(message).isNotBlank());
        return answer;
    }

    /** A field of the stored payload of the aggregate's event at the sequence number, read with plain SQL. */
    String storedPayloadField(String aggregateId, long sequenceNumber, String field) {
        return storedField("payload", aggregateId, sequenceNumber, field);
    }

    /** A field of the stored metadata of the aggregate's event at the sequence number, read with plain SQL. */
    String storedMetadataField(String aggregateId, long sequenceNumber, String field) {
        return storedField("metadata", aggregateId, sequenceNumber, field);
    }

    private String storedField(String column, String aggregateId, long sequenceNumber, String field) {
        return jdbc.sql("SELECT convert_from(" + column + ", 'UTF8')::jsonb ->> :field FROM domainevententry "
                        + "WHERE aggregateidentifier = :id AND sequencenumber = :seq")
                .param("field", field).param("id", aggregateId).param("seq", sequenceNumber)
                .query(String.class).single();
    }

    /** How many bookings were requested for the celebrant, read from the stored events. */
    long bookingsRequestedFor(String celebrantId) {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE payloadtype LIKE '%BookingRequested'
                          AND convert_from(payload, 'UTF8')::jsonb ->> 'celebrantId' = :celebrant""")
                .param("celebrant", celebrantId).query(Long.class).single();
    }
}
