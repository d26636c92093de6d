package com.celebrantportal.command.booking;

import com.celebrantportal.api.booking.TimeSlot;
import com.celebrantportal.api.error.DomainException;
import com.celebrantportal.api.error.ErrorCode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The celebrant's calendar in memory, with the same 60-minute travel buffer as the real one. */
class InMemoryCeremonySlots implements CeremonySlots {

    private static final Duration TRAVEL_BUFFER = Duration.ofMinutes(60);

    private record Held(String celebrantId, TimeSlot slot) {
        boolean clashesWith(String otherCelebrant, TimeSlot other) {
            return celebrantId.equals(otherCelebrant)
                    && slot.startsAt().isBefore(other.endsAt().plus(TRAVEL_BUFFER))
                    && other.startsAt().isBefore(slot.endsAt().plus(TRAVEL_BUFFER));
        }
    }

    private final Map<String, Held> held = new LinkedHashMap<>();

    @Override
    public void reserve(String bookingId, String celebrantId, TimeSlot slot) {
        if (held.values().stream().anyMatch(other -> other.clashesWith(celebrantId, slot))) {
            throw new DomainException(ErrorCode.CELEBRANT_UNAVAILABLE, "slot taken");
        }
        held.put(bookingId, new Held(celebrantId, slot));
    }

    @Override
    public void release(String bookingId) {
        held.remove(bookingId);
    }

    Optional<TimeSlot> slotOf(String bookingId) {
        return Optional.ofNullable(held.get(bookingId)).map(Held::slot);
    }
}
