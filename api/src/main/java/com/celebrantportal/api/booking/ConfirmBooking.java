package com.celebrantportal.api.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The celebrant accepts the enquiry. {@code expectedVersion}: the sequence number of the last event the caller saw, or null for no check. */
public record ConfirmBooking(@TargetAggregateIdentifier String bookingId, @TargetAggregateVersion Long expectedVersion) {
}
