package com.celebrantportal.api.messaging;

import com.celebrantportal.api.error.DomainException;

/**
 * The version of an aggregate as the HTTP API shows it: the number of events it has (1 after creation).
 * Axon counts from 0 (the last event's sequence number); this is the one place that translates.
 */
public final class AggregateVersion {

    private AggregateVersion() {
    }

    public static long fromSequenceNumber(long sequenceNumber) {
        return sequenceNumber + 1;
    }

    public static long toSequenceNumber(long version) {
        return version - 1;
    }

    /** Parses an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}) into a sequence number. */
    public static Long expectedSequenceFromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            long version = Long.parseLong(value);
            if (version < 1) {
                throw new NumberFormatException();
            }
            return toSequenceNumber(version);
        } catch (NumberFormatException e) {
            throw DomainException.invalidField("If-Match", "must be a version number such as \"3\"");
        }
    }

    /** The {@code ETag} of an aggregate version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
