package com.celebrantportal.api.booking;

/** The ceremony of a booking: its time slot and venue. */
public record Ceremony(TimeSlot slot, Venue venue) {

    public Ceremony rescheduledTo(TimeSlot newSlot) {
        return new Ceremony(newSlot, venue);
    }
}
