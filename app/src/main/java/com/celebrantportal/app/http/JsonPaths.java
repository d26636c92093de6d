package com.celebrantportal.app.http;

import tools.jackson.core.JacksonException;

/** Names a field of a request body the way a client wrote it: {@code partner1.dateOfBirth}, {@code readings[2]}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** Bean Validation names the Java property; the one JSON name that differs is {@code package}. */
    static String ofProperty(String property) {
        return property.replace("ceremonyPackage", "package");
    }
}
