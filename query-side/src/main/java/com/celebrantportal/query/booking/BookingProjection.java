package com.celebrantportal.query.booking;

import com.celebrantportal.api.booking.BookingCancelled;
import com.celebrantportal.api.booking.BookingConfirmed;
import com.celebrantportal.api.booking.BookingEvent;
import com.celebrantportal.api.booking.BookingRequested;
import com.celebrantportal.api.booking.CeremonyPerformed;
import com.celebrantportal.api.booking.CeremonyPlanUpdated;
import com.celebrantportal.api.booking.CeremonyRescheduled;
import com.celebrantportal.api.booking.DeclarationSigned;
import com.celebrantportal.api.booking.MarriageRegistered;
import com.celebrantportal.api.booking.NoimLodged;
import com.celebrantportal.api.messaging.AggregateVersion;
import com.celebrantportal.query.consistency.ReadModelChanges;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Remembers every booking event in {@code booking_view}. Replay-safe: each row keeps the version of the last
 * event applied to it, and an event at or below that version is skipped, so redelivery changes nothing.
 */
@Component
@ProcessingGroup(BookingProjection.PROCESSING_GROUP)
public class BookingProjection {

    public static final String PROCESSING_GROUP = "bookings";

    private final BookingViewRepository bookings;
    private final ReadModelChanges changes;

    BookingProjection(BookingViewRepository bookings, ReadModelChanges changes) {
        this.bookings = bookings;
        this.changes = changes;
    }

    @EventHandler
    void on(BookingRequested event, @SequenceNumber long sequenceNumber) {
        if (bookings.existsById(event.bookingId())) {
            return;
        }
        bookings.save(new BookingView(event, AggregateVersion.fromSequenceNumber(sequenceNumber)));
        changes.signalAfterCommit();
    }

    @EventHandler
    void on(BookingConfirmed event, @SequenceNumber long sequenceNumber) {
        update(event, sequenceNumber, booking -> booking.confirmed(event.confirmedAt()));
    }

    @EventHandler
    void on(CeremonyRescheduled event, @SequenceNumber long sequenceNumber) {
        update(event, sequenceNumber, booking -> booking.rescheduled(event.slot()));
    }

    @EventHandler
    void on(CeremonyPlanUpdated event, @SequenceNumber long sequenceNumber) {
        update(event, sequenceNumber, booking -> booking.planUpdated(event.plan()));
    }

    @EventHandler
    void on(NoimLodged event, @SequenceNumber long sequenceNumber) {
        update(event, sequenceNumber, booking -> booking.noimLodged(event));
    }

    @EventHandler
    void on(DeclarationSigned event, @SequenceNumber long sequenceNumber) {
        update(event, sequenceNumber, booking -> booking.declarationSigned(event.partner(), event.signedOn()));
    }

    @EventHandler
    void on(CeremonyPerformed event, @SequenceNumber long sequenceNumber) {
        update(event, sequenceNumber, booking -> booking.performed(event));
    }

    @EventHandler
    void on(MarriageRegistered event, @SequenceNumber long sequenceNumber) {
        update(event, sequenceNumber, booking -> booking.registered(event));
    }

    @EventHandler
    void on(BookingCancelled event, @SequenceNumber long sequenceNumber) {
        update(event, sequenceNumber, booking -> booking.cancelled(event));
    }

    /** A replay from the start rebuilds the table from nothing. */
    @ResetHandler
    void reset() {
        bookings.deleteAllInBatch();
    }

    private void update(BookingEvent event, long sequenceNumber, Consumer<BookingView> change) {
        long version = AggregateVersion.fromSequenceNumber(sequenceNumber);
        // a missing row means the creation event was not applied: fail, so the event is retried, not lost
        BookingView booking = bookings.findById(event.bookingId()).orElseThrow(() -> new IllegalStateException(
                "booking " + event.bookingId() + " is not in the read model; cannot apply version " + version));
        if (booking.alreadyApplied(version)) {
            return;
        }
        change.accept(booking);
        booking.appliedVersion(version);
        bookings.save(booking);
        changes.signalAfterCommit();
    }
}
