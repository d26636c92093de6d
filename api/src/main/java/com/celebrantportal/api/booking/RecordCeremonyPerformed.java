package com.celebrantportal.api.booking;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records the marriage as solemnised, with the Form 15 certificate serial number. {@code expectedVersion}: the sequence number of the last event the caller saw, or null for no check. */
public record RecordCeremonyPerformed(@TargetAggregateIdentifier String bookingId, @TargetAggregateVersion Long expectedVersion, LocalDate performedOn, String certificateSerial) {
}
