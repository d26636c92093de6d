package com.celebrantportal.api.booking;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.serialization.Revision;

/** The Notice of Intended Marriage was received, possibly with a shortening of time. */
@Revision("1")
public record NoimLodged(String bookingId, LocalDate receivedOn, Optional<ShorteningOfTime> shortening) implements BookingEvent {
}
