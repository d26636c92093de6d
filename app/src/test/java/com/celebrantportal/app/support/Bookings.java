package com.celebrantportal.app.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for booking commands, valid unless a test changes them. */
public final class Bookings {

    private Bookings() {
    }

    /** A celebrant id no other test uses, so tests never clash in the shared database. */
    public static String newCelebrant() {
        return "cel-" + UUID.randomUUID();
    }

    public static Map<String, Object> partner(String name) {
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("fullName", name);
        partner.put("email", name.toLowerCase().replace(' ', '.') + "@example.com");
        partner.put("phone", "0400 123 456");
        partner.put("dateOfBirth", "1990-05-17");
        return partner;
    }

    public static Map<String, Object> ceremony(LocalDate date, String startTime, int minutes) {
        Map<String, Object> ceremony = new LinkedHashMap<>();
        ceremony.put("date", date.toString());
        ceremony.put("startTime", startTime);
        ceremony.put("durationMinutes", minutes);
        ceremony.put("venue", Map.of("name", "Fitzroy Gardens", "address", "Wellington Pde",
                "suburb", "East Melbourne", "postcode", "3002"));
        return ceremony;
    }

    /** A booking request for the celebrant on the date at the time, 60 minutes long. */
    public static Map<String, Object> request(String celebrantId, LocalDate date, String startTime) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("celebrantId", celebrantId);
        body.put("partner1", partner("Alex Smith"));
        body.put("partner2", partner("Sam Jones"));
        body.put("ceremony", ceremony(date, startTime, 60));
        body.put("package", Map.of("name", "Classic", "feeCents", 95000));
        return body;
    }
}
