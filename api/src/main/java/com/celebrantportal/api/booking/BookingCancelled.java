package com.celebrantportal.api.booking;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The booking was cancelled before the ceremony. */
@Revision("1")
public record BookingCancelled(String bookingId, String reason, CancelledBy cancelledBy, Instant cancelledAt) implements BookingEvent {
}
