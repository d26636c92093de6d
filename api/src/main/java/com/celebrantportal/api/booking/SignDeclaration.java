package com.celebrantportal.api.booking;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records one partner's declaration of no legal impediment. {@code expectedVersion}: the sequence number of the last event the caller saw, or null for no check. */
public record SignDeclaration(@TargetAggregateIdentifier String bookingId, @TargetAggregateVersion Long expectedVersion, Partner partner, LocalDate signedOn) {
}
