package com.celebrantportal.api.messaging;

/** Names of the metadata every command and event carries. */
public final class MetadataKeys {
    /** Who issued the command: a user or API key id, {@code anonymous} until authentication exists. */
    public static final String ACTOR = "actor";
    /** The id shared by every message that one request set off. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** The id of the HTTP request (header {@code X-Request-Id}). */
    public static final String REQUEST_ID = "requestId";

    private MetadataKeys() {
    }
}
