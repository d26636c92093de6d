package com.celebrantportal.api.booking;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The celebrant accepted the booking. */
@Revision("1")
public record BookingConfirmed(String bookingId, Instant confirmedAt) implements BookingEvent {
}
