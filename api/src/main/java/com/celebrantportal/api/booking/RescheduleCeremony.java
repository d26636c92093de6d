package com.celebrantportal.api.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Moves the ceremony to another date or time; re-checks the celebrant's calendar and the NOIM window. {@code expectedVersion}: the sequence number of the last event the caller saw, or null for no check. */
public record RescheduleCeremony(@TargetAggregateIdentifier String bookingId, @TargetAggregateVersion Long expectedVersion, TimeSlot slot) {
}
