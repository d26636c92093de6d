package com.celebrantportal.api.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Calls the ceremony off before it is performed. {@code expectedVersion}: the sequence number of the last event the caller saw, or null for no check. */
public record CancelBooking(@TargetAggregateIdentifier String bookingId, @TargetAggregateVersion Long expectedVersion, String reason, CancelledBy cancelledBy) {
}
