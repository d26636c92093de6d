package com.celebrantportal.query.booking;

import com.celebrantportal.api.booking.BookingCancelled;
import com.celebrantportal.api.booking.BookingRequested;
import com.celebrantportal.api.booking.BookingStatus;
import com.celebrantportal.api.booking.CancelledBy;
import com.celebrantportal.api.booking.CeremonyPackage;
import com.celebrantportal.api.booking.CeremonyPerformed;
import com.celebrantportal.api.booking.CeremonyPlan;
import com.celebrantportal.api.booking.MarriageRegistered;
import com.celebrantportal.api.booking.NoimLodged;
import com.celebrantportal.api.booking.NoimWindow;
import com.celebrantportal.api.booking.Partner;
import com.celebrantportal.api.booking.Person;
import com.celebrantportal.api.booking.RegistrationRule;
import com.celebrantportal.api.booking.ShorteningGround;
import com.celebrantportal.api.booking.ShorteningOfTime;
import com.celebrantportal.api.booking.TimeSlot;
import com.celebrantportal.api.booking.Venue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

/**
 * One booking as the query API shows it, kept by {@link BookingProjection}. The mutators are package-private
 * and named after the events; the projection alone calls them.
 */
@Entity
@Table(name = "booking_view")
public class BookingView implements Persistable<String> {

    @Id
    private String bookingId;
    private String celebrantId;
    @Enumerated(EnumType.STRING)
    private BookingStatus status;
    private long version;
    private Instant requestedAt;
    private Instant confirmedAt;

    private LocalDate ceremonyDate;
    private LocalTime startTime;
    private int durationMinutes;
    private String venueName;
    private String venueAddress;
    private String venueSuburb;
    private String venuePostcode;
    private String packageName;
    private long feeCents;

    // Personal data, to be encrypted per person: partners and vows.
    @Column(name = "partner1_full_name")
    private String partner1FullName;
    @Column(name = "partner1_email")
    private String partner1Email;
    @Column(name = "partner1_phone")
    private String partner1Phone;
    @Column(name = "partner1_date_of_birth")
    private LocalDate partner1DateOfBirth;
    @Column(name = "partner2_full_name")
    private String partner2FullName;
    @Column(name = "partner2_email")
    private String partner2Email;
    @Column(name = "partner2_phone")
    private String partner2Phone;
    @Column(name = "partner2_date_of_birth")
    private LocalDate partner2DateOfBirth;
    @Column(name = "plan_vows_partner1")
    private String planVowsPartner1;
    @Column(name = "plan_vows_partner2")
    private String planVowsPartner2;

    private String planScript;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> planReadings;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> planMusic;

    private LocalDate noimDueBy;
    private LocalDate noimReceivedOn;
    @Enumerated(EnumType.STRING)
    private ShorteningGround shorteningGround;
    private String shorteningAuthority;
    private LocalDate shorteningGrantedOn;
    @Column(name = "partner1_declared_on")
    private LocalDate partner1DeclaredOn;
    @Column(name = "partner2_declared_on")
    private LocalDate partner2DeclaredOn;
    private LocalDate performedOn;
    private String certificateSerial;
    private LocalDate registrationDueBy;
    private LocalDate registeredOn;
    private String registryReference;
    private Boolean registrationLate;

    private String cancellationReason;
    @Enumerated(EnumType.STRING)
    private CancelledBy cancelledBy;
    private Instant cancelledAt;

    /** Created by the projection and not yet stored: saved with an insert, without a merge's select first. */
    @Transient
    private boolean created;

    protected BookingView() {
        // for JPA
    }

    BookingView(BookingRequested event, long version) {
        this.created = true;
        this.bookingId = event.bookingId();
        this.celebrantId = event.celebrantId();
        this.status = BookingStatus.ENQUIRY;
        this.version = version;
        this.requestedAt = event.requestedAt();
        Venue venue = event.ceremony().venue();
        this.venueName = venue.name();
        this.venueAddress = venue.address();
        this.venueSuburb = venue.suburb();
        this.venuePostcode = venue.postcode();
        CeremonyPackage ceremonyPackage = event.ceremonyPackage();
        this.packageName = ceremonyPackage.name();
        this.feeCents = ceremonyPackage.feeCents();
        Person partner1 = event.partner1();
        this.partner1FullName = partner1.fullName();
        this.partner1Email = partner1.email();
        this.partner1Phone = partner1.phone();
        this.partner1DateOfBirth = partner1.dateOfBirth();
        Person partner2 = event.partner2();
        this.partner2FullName = partner2.fullName();
        this.partner2Email = partner2.email();
        this.partner2Phone = partner2.phone();
        this.partner2DateOfBirth = partner2.dateOfBirth();
        rescheduled(event.ceremony().slot());
    }

    /** True when the event at this version is already in the row: replays and redeliveries change nothing. */
    boolean alreadyApplied(long eventVersion) {
        return eventVersion <= version;
    }

    void appliedVersion(long eventVersion) {
        this.version = eventVersion;
    }

    void confirmed(Instant at) {
        this.status = BookingStatus.CONFIRMED;
        this.confirmedAt = at;
    }

    void rescheduled(TimeSlot slot) {
        this.ceremonyDate = slot.date();
        this.startTime = slot.startTime();
        this.durationMinutes = slot.durationMinutes();
        this.noimDueBy = NoimWindow.latestNoticeDateFor(slot.date());
    }

    void planUpdated(CeremonyPlan plan) {
        this.planScript = plan.script();
        this.planVowsPartner1 = plan.vowsPartner1();
        this.planVowsPartner2 = plan.vowsPartner2();
        this.planReadings = plan.readings();
        this.planMusic = plan.music();
    }

    void noimLodged(NoimLodged event) {
        this.noimReceivedOn = event.receivedOn();
        event.shortening().ifPresent(grant -> {
            this.shorteningGround = grant.ground();
            this.shorteningAuthority = grant.authority();
            this.shorteningGrantedOn = grant.grantedOn();
        });
    }

    void declarationSigned(Partner partner, LocalDate signedOn) {
        if (partner == Partner.PARTNER_1) {
            this.partner1DeclaredOn = signedOn;
        } else {
            this.partner2DeclaredOn = signedOn;
        }
    }

    void performed(CeremonyPerformed event) {
        this.status = BookingStatus.PERFORMED;
        this.performedOn = event.performedOn();
        this.certificateSerial = event.certificateSerial();
        this.registrationDueBy = RegistrationRule.dueBy(event.performedOn());
    }

    void registered(MarriageRegistered event) {
        this.status = BookingStatus.REGISTERED;
        this.registeredOn = event.lodgedOn();
        this.registryReference = event.registryReference();
        this.registrationDueBy = event.dueBy();
        this.registrationLate = event.late();
    }

    void cancelled(BookingCancelled event) {
        this.status = BookingStatus.CANCELLED;
        this.cancellationReason = event.reason();
        this.cancelledBy = event.cancelledBy();
        this.cancelledAt = event.cancelledAt();
    }

    public String bookingId() {
        return bookingId;
    }

    public String celebrantId() {
        return celebrantId;
    }

    public BookingStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public TimeSlot slot() {
        return new TimeSlot(ceremonyDate, startTime, durationMinutes);
    }

    public Venue venue() {
        return new Venue(venueName, venueAddress, venueSuburb, venuePostcode);
    }

    public CeremonyPackage ceremonyPackage() {
        return new CeremonyPackage(packageName, feeCents);
    }

    public Person partner1() {
        return new Person(partner1FullName, partner1Email, partner1Phone, partner1DateOfBirth);
    }

    public Person partner2() {
        return new Person(partner2FullName, partner2Email, partner2Phone, partner2DateOfBirth);
    }

    public Optional<CeremonyPlan> ceremonyPlan() {
        if (planScript == null) {
            return Optional.empty();
        }
        return Optional.of(new CeremonyPlan(planScript, planVowsPartner1, planVowsPartner2, planReadings, planMusic));
    }

    public LocalDate noimDueBy() {
        return noimDueBy;
    }

    public Optional<LocalDate> noimReceivedOn() {
        return Optional.ofNullable(noimReceivedOn);
    }

    public Optional<ShorteningOfTime> shortening() {
        return shorteningGround == null ? Optional.empty()
                : Optional.of(new ShorteningOfTime(shorteningGround, shorteningAuthority, shorteningGrantedOn));
    }

    public Optional<LocalDate> declaredOn(Partner partner) {
        return Optional.ofNullable(partner == Partner.PARTNER_1 ? partner1DeclaredOn : partner2DeclaredOn);
    }

    public Optional<LocalDate> performedOn() {
        return Optional.ofNullable(performedOn);
    }

    public Optional<String> certificateSerial() {
        return Optional.ofNullable(certificateSerial);
    }

    public Optional<LocalDate> registrationDueBy() {
        return Optional.ofNullable(registrationDueBy);
    }

    public Optional<LocalDate> registeredOn() {
        return Optional.ofNullable(registeredOn);
    }

    public Optional<String> registryReference() {
        return Optional.ofNullable(registryReference);
    }

    public Optional<Boolean> registrationLate() {
        return Optional.ofNullable(registrationLate);
    }

    public Optional<BookingCancelled> cancellation() {
        return cancelledBy == null ? Optional.empty()
                : Optional.of(new BookingCancelled(bookingId, cancellationReason, cancelledBy, cancelledAt));
    }

    @Override
    public String getId() {
        return bookingId;
    }

    @Override
    public boolean isNew() {
        return created;
    }

    @PostPersist
    void stored() {
        created = false;
    }
}
