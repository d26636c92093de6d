package com.celebrantportal.api.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces the ceremony plan. {@code expectedVersion}: the sequence number of the last event the caller saw, or null for no check. */
public record UpdateCeremonyPlan(@TargetAggregateIdentifier String bookingId, @TargetAggregateVersion Long expectedVersion, CeremonyPlan plan) {
}
