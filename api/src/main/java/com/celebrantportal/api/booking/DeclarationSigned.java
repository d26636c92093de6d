package com.celebrantportal.api.booking;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** One partner signed the declaration of no legal impediment. */
@Revision("1")
public record DeclarationSigned(String bookingId, Partner partner, LocalDate signedOn) implements BookingEvent {
}
