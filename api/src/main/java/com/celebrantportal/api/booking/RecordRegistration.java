package com.celebrantportal.api.booking;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records the lodgement of the papers with the Registry of Births, Deaths and Marriages. {@code expectedVersion}: the sequence number of the last event the caller saw, or null for no check. */
public record RecordRegistration(@TargetAggregateIdentifier String bookingId, @TargetAggregateVersion Long expectedVersion, LocalDate lodgedOn, String registryReference) {
}
