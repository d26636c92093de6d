package com.celebrantportal.query.paging;

import com.celebrantportal.api.error.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The opaque {@code ?cursor=} of a list: the sort key of the last item a page answered, base64url-encoded.
 * Callers only hand back what they were given; anything else is a validation error, never a fault.
 */
public final class Cursor {

    private static final String VERSION = "1";
    private static final char SEPARATOR = '\u001f';
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursor() {
    }

    public static String encode(List<String> sortKey) {
        String text = VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), sortKey);
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor into its sort key of {@code size} parts and parses it; null when there is none. */
    public static <K> K decode(String cursor, int size, Function<List<String>, K> parse) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String text = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(text.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() != size + 1 || !parts.get(0).equals(VERSION)) {
                throw new IllegalArgumentException("not a cursor of this list");
            }
            return parse.apply(parts.subList(1, parts.size()));
        } catch (RuntimeException e) {
            throw DomainException.invalidField("cursor", "is not a cursor this list answered; start again without it");
        }
    }
}
