package com.celebrantportal.command.booking;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.celebrantportal.api.booking.BookingCancelled;
import com.celebrantportal.api.booking.BookingConfirmed;
import com.celebrantportal.api.booking.BookingRequested;
import com.celebrantportal.api.booking.BookingStatus;
import com.celebrantportal.api.booking.CancelBooking;
import com.celebrantportal.api.booking.Ceremony;
import com.celebrantportal.api.booking.CeremonyPerformed;
import com.celebrantportal.api.booking.CeremonyPlanUpdated;
import com.celebrantportal.api.booking.CeremonyRescheduled;
import com.celebrantportal.api.booking.ConfirmBooking;
import com.celebrantportal.api.booking.DeclarationSigned;
import com.celebrantportal.api.booking.LodgeNoim;
import com.celebrantportal.api.booking.MarriageRegistered;
import com.celebrantportal.api.booking.NoimLodged;
import com.celebrantportal.api.booking.NoimWindow;
import com.celebrantportal.api.booking.Partner;
import com.celebrantportal.api.booking.RecordCeremonyPerformed;
import com.celebrantportal.api.booking.RecordRegistration;
import com.celebrantportal.api.booking.RegistrationRule;
import com.celebrantportal.api.booking.RequestBooking;
import com.celebrantportal.api.booking.RescheduleCeremony;
import com.celebrantportal.api.booking.SignDeclaration;
import com.celebrantportal.api.booking.TimeSlot;
import com.celebrantportal.api.booking.UpdateCeremonyPlan;
import com.celebrantportal.api.error.DomainException;
import com.celebrantportal.api.error.ErrorCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A couple's ceremony with a celebrant and its Marriage Act paperwork. Command handlers decide and apply
 * events; event-sourcing handlers only remember. Each command handler answers the new aggregate version.
 */
@Aggregate
public class Booking {

    /** The minimum age to marry without a court order (Marriage Act 1961 s11). */
    static final int MARRIAGEABLE_AGE = 18;

    @AggregateIdentifier
    private String bookingId;
    private String celebrantId;
    private BookingStatus status;
    private Ceremony ceremony;
    private Optional<NoimWindow> noim = Optional.empty();
    private final Set<Partner> declarations = EnumSet.noneOf(Partner.class);
    private LocalDate performedOn;
    private LocalDate partner1Born;
    private LocalDate partner2Born;

    protected Booking() {
        // for Axon
    }

    @CommandHandler
    public Booking(RequestBooking command, CeremonySlots slots, Clock clock) {
        TimeSlot slot = command.ceremony().slot();
        requireMarriageableAge(command.partner1().dateOfBirth(), command.partner2().dateOfBirth(), slot.date());
        slots.reserve(command.bookingId(), command.celebrantId(), slot);
        apply(new BookingRequested(command.bookingId(), command.celebrantId(), command.partner1(), command.partner2(),
                command.ceremony(), command.ceremonyPackage(), clock.instant()));
    }

    @CommandHandler
    public long handle(ConfirmBooking command, Clock clock) {
        requireStatus("confirm", BookingStatus.ENQUIRY);
        apply(new BookingConfirmed(bookingId, clock.instant()));
        return version();
    }

    @CommandHandler
    public long handle(RescheduleCeremony command, CeremonySlots slots) {
        requireStatus("reschedule", BookingStatus.ENQUIRY, BookingStatus.CONFIRMED);
        TimeSlot slot = command.slot();
        requireMarriageableAge(partner1Born, partner2Born, slot.date());
        noim.ifPresent(window -> requireWithin(window, slot.date()));
        slots.release(bookingId);
        slots.reserve(bookingId, celebrantId, slot);
        apply(new CeremonyRescheduled(bookingId, slot));
        return version();
    }

    @CommandHandler
    public long handle(UpdateCeremonyPlan command) {
        requireStatus("change the ceremony plan of", BookingStatus.ENQUIRY, BookingStatus.CONFIRMED);
        apply(new CeremonyPlanUpdated(bookingId, command.plan()));
        return version();
    }

    @CommandHandler
    public long handle(LodgeNoim command, Clock clock) {
        requireStatus("lodge a notice for", BookingStatus.ENQUIRY, BookingStatus.CONFIRMED);
        if (noim.isPresent()) {
            throw new DomainException(ErrorCode.INVALID_STATE, "a notice of intended marriage is already lodged");
        }
        LocalDate today = LocalDate.now(clock.withZone(TimeSlot.MELBOURNE));
        requireNotAfter("receivedOn", command.receivedOn(), today);
        command.shortening().ifPresent(grant -> {
            requireNotAfter("shortening.grantedOn", grant.grantedOn(), today);
            requireNotAfter("shortening.grantedOn", grant.grantedOn(), ceremony.slot().date());
        });
        NoimWindow window = new NoimWindow(command.receivedOn(), command.shortening());
        requireWithin(window, ceremony.slot().date());
        apply(new NoimLodged(bookingId, command.receivedOn(), command.shortening()));
        return version();
    }

    @CommandHandler
    public long handle(SignDeclaration command, Clock clock) {
        requireStatus("sign a declaration for", BookingStatus.ENQUIRY, BookingStatus.CONFIRMED);
        if (declarations.contains(command.partner())) {
            throw new DomainException(ErrorCode.INVALID_STATE,
                    "partner " + command.partner().number() + " has already signed the declaration");
        }
        requireNotAfter("signedOn", command.signedOn(), LocalDate.now(clock.withZone(TimeSlot.MELBOURNE)));
        requireNotAfter("signedOn", command.signedOn(), ceremony.slot().date());
        apply(new DeclarationSigned(bookingId, command.partner(), command.signedOn()));
        return version();
    }

    @CommandHandler
    public long handle(RecordCeremonyPerformed command, CertificateSerials serials, Clock clock) {
        requireStatus("record as performed", BookingStatus.CONFIRMED);
        if (noim.isEmpty() || declarations.size() < Partner.values().length) {
            throw new DomainException(ErrorCode.INVALID_STATE,
                    "a ceremony is recorded as performed only with a valid notice of intended marriage and "
                            + "both declarations of no legal impediment");
        }
        if (!command.performedOn().equals(ceremony.slot().date())) {
            throw DomainException.invalidField("performedOn",
                    "must be the ceremony date " + ceremony.slot().date() + " (reschedule the ceremony first)");
        }
        requireNotAfter("performedOn", command.performedOn(), LocalDate.now(clock.withZone(TimeSlot.MELBOURNE)));
        serials.claim(command.certificateSerial(), bookingId);
        apply(new CeremonyPerformed(bookingId, command.performedOn(), command.certificateSerial()));
        return version();
    }

    @CommandHandler
    public long handle(RecordRegistration command, Clock clock) {
        requireStatus("record the registration of", BookingStatus.PERFORMED);
        if (command.lodgedOn().isBefore(performedOn)) {
            throw DomainException.invalidField("lodgedOn", "must not be before the ceremony on " + performedOn);
        }
        requireNotAfter("lodgedOn", command.lodgedOn(), LocalDate.now(clock.withZone(TimeSlot.MELBOURNE)));
        apply(new MarriageRegistered(bookingId, command.lodgedOn(), command.registryReference(),
                RegistrationRule.dueBy(performedOn), RegistrationRule.isLate(performedOn, command.lodgedOn())));
        return version();
    }

    @CommandHandler
    public long handle(CancelBooking command, CeremonySlots slots, Clock clock) {
        requireStatus("cancel", BookingStatus.ENQUIRY, BookingStatus.CONFIRMED);
        slots.release(bookingId);
        apply(new BookingCancelled(bookingId, command.reason(), command.cancelledBy(), clock.instant()));
        return version();
    }

    @EventSourcingHandler
    void on(BookingRequested event) {
        bookingId = event.bookingId();
        celebrantId = event.celebrantId();
        ceremony = event.ceremony();
        status = BookingStatus.ENQUIRY;
        partner1Born = event.partner1().dateOfBirth();
        partner2Born = event.partner2().dateOfBirth();
    }

    @EventSourcingHandler
    void on(BookingConfirmed event) {
        status = BookingStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(CeremonyRescheduled event) {
        ceremony = ceremony.rescheduledTo(event.slot());
    }

    @EventSourcingHandler
    void on(NoimLodged event) {
        noim = Optional.of(new NoimWindow(event.receivedOn(), event.shortening()));
    }

    @EventSourcingHandler
    void on(DeclarationSigned event) {
        declarations.add(event.partner());
    }

    @EventSourcingHandler
    void on(CeremonyPerformed event) {
        status = BookingStatus.PERFORMED;
        performedOn = event.performedOn();
    }

    @EventSourcingHandler
    void on(MarriageRegistered event) {
        status = BookingStatus.REGISTERED;
    }

    @EventSourcingHandler
    void on(BookingCancelled event) {
        status = BookingStatus.CANCELLED;
    }

    private void requireStatus(String action, BookingStatus... allowed) {
        for (BookingStatus candidate : allowed) {
            if (candidate == status) {
                return;
            }
        }
        throw new DomainException(ErrorCode.INVALID_STATE,
                "cannot " + action + " a booking that is " + status + " (allowed: " + Arrays.toString(allowed) + ")");
    }

    private static void requireWithin(NoimWindow window, LocalDate ceremonyDate) {
        if (!window.permits(ceremonyDate)) {
            throw new DomainException(ErrorCode.NOIM_WINDOW, window.explain(ceremonyDate));
        }
    }

    private static void requireMarriageableAge(LocalDate partner1Born, LocalDate partner2Born, LocalDate ceremonyDate) {
        requireMarriageableAge("partner1.dateOfBirth", partner1Born, ceremonyDate);
        requireMarriageableAge("partner2.dateOfBirth", partner2Born, ceremonyDate);
    }

    private static void requireMarriageableAge(String field, LocalDate dateOfBirth, LocalDate ceremonyDate) {
        if (dateOfBirth.plusYears(MARRIAGEABLE_AGE).isAfter(ceremonyDate)) {
            throw DomainException.invalidField(field,
                    "must make the partner at least " + MARRIAGEABLE_AGE + " on the ceremony date " + ceremonyDate);
        }
    }

    private static void requireNotAfter(String field, LocalDate date, LocalDate limit) {
        if (date.isAfter(limit)) {
            throw DomainException.invalidField(field, "must not be after " + limit);
        }
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
