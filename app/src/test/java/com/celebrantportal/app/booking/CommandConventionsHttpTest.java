package com.celebrantportal.app.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.app.support.Bookings;
import com.celebrantportal.app.support.PortalClient;
import com.celebrantportal.app.support.PortalClient.Answer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency keys and the audit metadata every stored event carries. */
class CommandConventionsHttpTest extends BookingHttpSupport {

    @Test
    void theSameKeyWithTheSameBodyReplaysTheFirstAnswerAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        String celebrant = Bookings.newCelebrant();
        Map<String, Object> body = Bookings.request(celebrant, COMING, "15:00");
        Answer first = client.post(BOOKINGS, body, "Idempotency-Key", key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long after = storedEvents();

        Answer again = client.post(BOOKINGS, body, "Idempotency-Key", key);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.raw().body()).isEqualTo(first.raw().body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(storedEvents()).isEqualTo(after);
        assertThat(bookingsRequestedFor(celebrant)).isEqualTo(1);
    }

    @Test
    void theSameKeyReplaysARejectionWithoutRunningTheCommandAgain() {
        String id = requestBooking(COMING);
        String key = UUID.randomUUID().toString();
        expectOk(confirm(id, "Idempotency-Key", key));
        Answer replayed = expectOk(confirm(id, "Idempotency-Key", key));
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.body().path("version").asLong()).isEqualTo(2);
        assertThat(storedEventsOf(id)).isEqualTo(2);
    }

    @Test
    void theSameKeyWithADifferentBodyAnswers422() {
        String key = UUID.randomUUID().toString();
        String celebrant = Bookings.newCelebrant();
        assertThat(client.post(BOOKINGS, Bookings.request(celebrant, COMING, "15:00"), "Idempotency-Key", key).status())
                .isEqualTo(201);

        rejected(422, "IDEMPOTENCY_KEY_REUSED",
                () -> client.post(BOOKINGS, Bookings.request(celebrant, COMING, "09:00"), "Idempotency-Key", key));
        assertThat(bookingsRequestedFor(celebrant)).isEqualTo(1);
    }

    @Test
    void aRequestWhoseKeyIsStillBeingProcessedIsAskedToWaitAndWritesNothing() throws Exception {
        String celebrant = Bookings.newCelebrant();
        String body = PortalClient.json(Bookings.request(celebrant, COMING, "15:00"));
        String key = "in-flight-" + UUID.randomUUID();
        // the first request with this key has claimed it and not answered yet
        byte[] hash = MessageDigest.getInstance("SHA-256")
                .digest(("POST " + BOOKINGS + "\n" + body).getBytes(StandardCharsets.UTF_8));
        jdbc.sql("INSERT INTO idempotency_key (actor, idempotency_key, request_hash) VALUES ('anonymous', :key, :hash)")
                .param("key", key).param("hash", HexFormat.of().formatHex(hash)).update();

        rejected(409, "IDEMPOTENCY_KEY_IN_PROGRESS",
                () -> client.postRaw(BOOKINGS, "application/json", body, "Idempotency-Key", key));
        assertThat(bookingsRequestedFor(celebrant)).isZero();
    }

    @Test
    void anIdempotencyKeyLongerThan255CharactersIsRejected() {
        rejectedField("Idempotency-Key", () -> client.post(BOOKINGS,
                Bookings.request(Bookings.newCelebrant(), COMING, "15:00"), "Idempotency-Key", "k".repeat(256)));
    }

    @Test
    void everyStoredEventCarriesTheActorAndTheCallersCorrelationAndRequestIds() {
        String id = requestBooking(COMING);
        Answer confirmed = expectOk(confirm(id, "X-Request-Id", "req-" + id, "X-Correlation-Id", "corr-" + id));

        assertThat(confirmed.header("X-Request-Id")).isEqualTo("req-" + id);
        assertThat(storedMetadataField(id, 1, "actor")).isEqualTo("anonymous");
        assertThat(storedMetadataField(id, 1, "requestId")).isEqualTo("req-" + id);
        assertThat(storedMetadataField(id, 1, "correlationId")).isEqualTo("corr-" + id);
        assertThat(storedMetadataField(id, 1, "causationId")).isNotBlank().isNotEqualTo("req-" + id);
    }

    @Test
    void withoutACorrelationIdTheRequestIdCorrelatesTheEvents() {
        Answer created = client.post(BOOKINGS, Bookings.request(Bookings.newCelebrant(), COMING, "15:00"));
        String id = created.body().path("id").asString();
        String requestId = created.header("X-Request-Id");

        assertThat(requestId).isNotBlank();
        assertThat(storedMetadataField(id, 0, "actor")).isEqualTo("anonymous");
        assertThat(storedMetadataField(id, 0, "requestId")).isEqualTo(requestId);
        assertThat(storedMetadataField(id, 0, "correlationId")).isEqualTo(requestId);
        assertThat(storedMetadataField(id, 0, "causationId")).isNotBlank().isNotEqualTo(requestId);
    }

    @Test
    void aMalformedCorrelationOrRequestIdIsReplacedRatherThanStored() {
        String id = requestBooking(COMING);
        Answer confirmed = expectOk(confirm(id, "X-Request-Id", "x".repeat(129), "X-Correlation-Id", "not an id; drop"));
        String requestId = confirmed.header("X-Request-Id");

        assertThat(requestId).isNotEqualTo("x".repeat(129)).hasSizeLessThanOrEqualTo(128);
        assertThat(storedMetadataField(id, 1, "requestId")).isEqualTo(requestId);
        assertThat(storedMetadataField(id, 1, "correlationId")).isEqualTo(requestId);
    }
}
