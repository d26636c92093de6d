package com.celebrantportal.api.booking;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A couple asked the celebrant for a ceremony: the booking exists as an enquiry. */
@Revision("1")
public record BookingRequested(String bookingId, String celebrantId, Person partner1, Person partner2, Ceremony ceremony, CeremonyPackage ceremonyPackage, Instant requestedAt) implements BookingEvent {
}
