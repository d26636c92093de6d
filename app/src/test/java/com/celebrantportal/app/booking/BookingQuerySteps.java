package com.celebrantportal.app.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.app.support.Bookings;
import com.celebrantportal.app.support.PortalClient;
import com.celebrantportal.app.support.PortalClient.Answer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The steps of the query-side tests: commands through the real command API, reads of one's own writes. */
final class BookingQuerySteps {

    private final PortalClient client;
    /** The version each booking's last command answered. */
    private final Map<String, Long> versions = new java.util.HashMap<>();

    BookingQuerySteps(PortalClient client) {
        this.client = client;
    }

    /** Requests a booking and answers its id. */
    String request(Map<String, Object> body) {
        Answer created = client.post("/api/v1/bookings", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().path("id").asString();
        versions.put(id, created.body().path("version").asLong());
        return id;
    }

    String request(String celebrantId, LocalDate date, String startTime) {
        return request(Bookings.request(celebrantId, date, startTime));
    }

    /** Sends a command on the booking and answers the new version. */
    long command(String bookingId, String action, Object body) {
        Answer answer = client.post("/api/v1/bookings/" + bookingId + "/" + action, body);
        assertThat(answer.status()).as(action + ": " + answer).isEqualTo(200);
        long version = answer.body().path("version").asLong();
        versions.put(bookingId, version);
        return version;
    }

    long confirm(String bookingId) {
        return command(bookingId, "confirm", Map.of());
    }

    long lodgeNoim(String bookingId, LocalDate receivedOn) {
        return command(bookingId, "noim", Map.of("receivedOn", receivedOn.toString()));
    }

    long sign(String bookingId, int partner, LocalDate signedOn) {
        return command(bookingId, "declarations", Map.of("partner", partner, "signedOn", signedOn.toString()));
    }

    long perform(String bookingId, LocalDate performedOn, String serial) {
        return command(bookingId, "performed", Map.of("performedOn", performedOn.toString(), "certificateSerial", serial));
    }

    long register(String bookingId, LocalDate lodgedOn, String reference) {
        return command(bookingId, "registration", Map.of("lodgedOn", lodgedOn.toString(), "registryReference", reference));
    }

    long cancel(String bookingId, String reason) {
        return command(bookingId, "cancel", Map.of("reason", reason, "cancelledBy", "COUPLE"));
    }

    /** Confirms, lodges the notice and both declarations, all on {@code paperworkOn}. */
    long readyForCeremony(String bookingId, LocalDate paperworkOn) {
        confirm(bookingId);
        lodgeNoim(bookingId, paperworkOn);
        sign(bookingId, 1, paperworkOn);
        return sign(bookingId, 2, paperworkOn);
    }

    static String newSerial() {
        return "F15-" + UUID.randomUUID();
    }

    /** The booking as the query API shows it once it has the last write of these steps to it. */
    JsonNode detail(String bookingId) {
        Answer answer = client.get("/api/v1/bookings/" + bookingId + "?minVersion=" + versions.get(bookingId));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    /** Waits until the read model has the last write of these steps to the booking. */
    void awaitLastWrite(String bookingId) {
        detail(bookingId);
    }

    static Map<String, Object> requestBy(String celebrantId, LocalDate date, String startTime, String partner1,
                                         String partner2, String venueName) {
        Map<String, Object> body = Bookings.request(celebrantId, date, startTime);
        body.put("partner1", Bookings.partner(partner1));
        body.put("partner2", Bookings.partner(partner2));
        Map<String, Object> ceremony = new LinkedHashMap<>(Bookings.ceremony(date, startTime, 60));
        ceremony.put("venue", Map.of("name", venueName, "address", "1 Main St", "suburb", "Carlton",
                "postcode", "3053"));
        body.put("ceremony", ceremony);
        return body;
    }

    /** A successful read: the JSON it answered. */
    JsonNode read(String pathAndQuery) {
        Answer answer = client.get(pathAndQuery);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    /** A read rejected as invalid, naming the offending parameter first. */
    void assertRejected(String pathAndQuery, String field) {
        Answer answer = client.get(pathAndQuery);
        assertThat(answer.status()).as(pathAndQuery + ": " + answer).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.body().path("errors").get(0).path("field").asString()).isEqualTo(field);
    }

    /** The ids of the items of a list answer, in order. */
    static java.util.List<String> ids(JsonNode answer, String idField) {
        return java.util.stream.StreamSupport.stream(answer.path("items").spliterator(), false)
                .map(item -> item.path(idField).asString())
                .toList();
    }
}
