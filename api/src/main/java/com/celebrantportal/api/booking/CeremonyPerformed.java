package com.celebrantportal.api.booking;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The marriage was solemnised and certified with a Form 15 serial. */
@Revision("1")
public record CeremonyPerformed(String bookingId, LocalDate performedOn, String certificateSerial) implements BookingEvent {
}
