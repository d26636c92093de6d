package com.celebrantportal.api.booking;

import org.axonframework.serialization.Revision;

/** The ceremony plan was replaced. */
@Revision("1")
public record CeremonyPlanUpdated(String bookingId, CeremonyPlan plan) implements BookingEvent {
}
