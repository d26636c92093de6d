package com.celebrantportal.api.booking;

import org.axonframework.serialization.Revision;

/** The ceremony moved to another slot. */
@Revision("1")
public record CeremonyRescheduled(String bookingId, TimeSlot slot) implements BookingEvent {
}
