package com.celebrantportal.app.http;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Idempotency keys and the first response given for each, in table {@code idempotency_key}. */
@Component
class IdempotencyStore {

    /** What a key already holds: the request's hash and, once answered, the response. */
    record Entry(String requestHash, Integer status, String contentType, String location, String etag, byte[] body) {
        boolean completed() {
            return status != null;
        }
    }

    private final JdbcClient jdbc;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for a new request; answers the existing entry when the key was used before. */
    Optional<Entry> claim(String actor, String key, String requestHash) {
        int inserted = jdbc.sql("""
                INSERT INTO idempotency_key (actor, idempotency_key, request_hash) VALUES (:actor, :key, :hash)
                ON CONFLICT DO NOTHING""")
                .param("actor", actor).param("key", key).param("hash", requestHash)
                .update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT request_hash, status, content_type, location, etag, body FROM idempotency_key
                WHERE actor = :actor AND idempotency_key = :key""")
                .param("actor", actor).param("key", key)
                .query((rs, row) -> new Entry(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBytes(6)))
                .optional();
    }

    void complete(String actor, String key, int status, String contentType, String location, String etag,
                  byte[] body) {
        jdbc.sql("""
                UPDATE idempotency_key SET status = :status, content_type = :contentType, location = :location,
                       etag = :etag, body = :body, completed_at = now()
                WHERE actor = :actor AND idempotency_key = :key""")
                .param("status", status).param("contentType", contentType).param("location", location)
                .param("etag", etag).param("body", body).param("actor", actor).param("key", key)
                .update();
    }

    /** Forgets a claim whose request failed with a fault, so that the client may retry with the same key. */
    void release(String actor, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE actor = :actor AND idempotency_key = :key AND status IS NULL")
                .param("actor", actor).param("key", key)
                .update();
    }
}
