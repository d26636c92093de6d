package com.celebrantportal.api.booking;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records the Notice of Intended Marriage as received, with an optional shortening of time. {@code expectedVersion}: the sequence number of the last event the caller saw, or null for no check. */
public record LodgeNoim(@TargetAggregateIdentifier String bookingId, @TargetAggregateVersion Long expectedVersion, LocalDate receivedOn, Optional<ShorteningOfTime> shortening) {
}
