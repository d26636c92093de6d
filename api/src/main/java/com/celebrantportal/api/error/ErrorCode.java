package com.celebrantportal.api.error;

/** Stable machine-readable error codes of the HTTP contract, each with the HTTP status it answers. */
public enum ErrorCode {
    VALIDATION_FAILED(400, "Validation failed"),
    MALFORMED_REQUEST(400, "Malformed request"),
    BODY_TOO_LARGE(400, "Request body too large"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    INVALID_STATE(409, "Invalid state"),
    CELEBRANT_UNAVAILABLE(409, "Celebrant unavailable"),
    CERTIFICATE_SERIAL_USED(409, "Certificate serial already used"),
    IDEMPOTENCY_KEY_IN_PROGRESS(409, "Idempotency key in progress"),
    CONCURRENT_MODIFICATION(409, "Concurrent modification"),
    VERSION_CONFLICT(412, "Version conflict"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    NOIM_WINDOW(422, "Notice of intended marriage outside its window"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    INTERNAL_ERROR(500, "Internal error");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
