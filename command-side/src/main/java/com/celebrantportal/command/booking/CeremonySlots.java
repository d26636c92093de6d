package com.celebrantportal.command.booking;

import com.celebrantportal.api.booking.TimeSlot;

/**
 * The celebrant's calendar as a set-based rule: no two ceremonies of one celebrant overlap, travel buffer
 * included. Written in the transaction that appends the booking's events.
 */
public interface CeremonySlots {

    /** Holds the slot for the booking, or throws {@code CELEBRANT_UNAVAILABLE} when it clashes. */
    void reserve(String bookingId, String celebrantId, TimeSlot slot);

    /** Frees the booking's slot, if it holds one. */
    void release(String bookingId);
}
