package com.celebrantportal.api.booking;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The papers were lodged with the registry; late when after the 14-day due date. */
@Revision("1")
public record MarriageRegistered(String bookingId, LocalDate lodgedOn, String registryReference, LocalDate dueBy, boolean late) implements BookingEvent {
}
