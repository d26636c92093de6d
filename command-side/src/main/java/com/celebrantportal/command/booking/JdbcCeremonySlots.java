package com.celebrantportal.command.booking;

import com.celebrantportal.api.booking.TimeSlot;
import com.celebrantportal.api.error.DomainException;
import com.celebrantportal.api.error.ErrorCode;
import java.sql.Timestamp;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Celebrant slots in table {@code celebrant_slot}, whose exclusion constraint is the final guard: of two
 * concurrent overlapping reservations the second waits for the first to commit and then fails.
 */
@Component
class JdbcCeremonySlots implements CeremonySlots {

    private final JdbcClient jdbc;
    private final BookingRulesProperties rules;

    JdbcCeremonySlots(JdbcClient jdbc, BookingRulesProperties rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    @Override
    public void reserve(String bookingId, String celebrantId, TimeSlot slot) {
        try {
            jdbc.sql("""
                    INSERT INTO celebrant_slot (booking_id, celebrant_id, slot)
                    VALUES (:bookingId, :celebrantId, tstzrange(:startsAt, :blockedUntil, '[)'))""")
                    .param("bookingId", bookingId)
                    .param("celebrantId", celebrantId)
                    .param("startsAt", Timestamp.from(slot.startsAt()))
                    .param("blockedUntil", Timestamp.from(slot.endsAt().plus(rules.travelBuffer())))
                    .update();
        } catch (DataIntegrityViolationException clash) {
            throw new DomainException(ErrorCode.CELEBRANT_UNAVAILABLE, "celebrant " + celebrantId
                    + " already has a ceremony within " + rules.travelBuffer().toMinutes() + " minutes of "
                    + slot.date() + " " + slot.startTime());
        }
    }

    @Override
    public void release(String bookingId) {
        jdbc.sql("DELETE FROM celebrant_slot WHERE booking_id = :bookingId").param("bookingId", bookingId).update();
    }
}
