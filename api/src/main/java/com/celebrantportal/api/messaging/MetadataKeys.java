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

    private static final java.util.regex.Pattern WELL_FORMED_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private MetadataKeys() {
    }

    /** Whether an id a caller sent (request or correlation id) is fit to be stored with every event. */
    public static boolean isWellFormedId(String id) {
        return id != null && WELL_FORMED_ID.matcher(id).matches();
    }
}
