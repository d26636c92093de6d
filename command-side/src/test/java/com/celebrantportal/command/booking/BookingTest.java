package com.celebrantportal.command.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.api.booking.BookingCancelled;
import com.celebrantportal.api.booking.BookingConfirmed;
import com.celebrantportal.api.booking.BookingRequested;
import com.celebrantportal.api.booking.CancelBooking;
import com.celebrantportal.api.booking.CancelledBy;
import com.celebrantportal.api.booking.Ceremony;
import com.celebrantportal.api.booking.CeremonyPackage;
import com.celebrantportal.api.booking.CeremonyPerformed;
import com.celebrantportal.api.booking.CeremonyPlan;
import com.celebrantportal.api.booking.CeremonyPlanUpdated;
import com.celebrantportal.api.booking.CeremonyRescheduled;
import com.celebrantportal.api.booking.ConfirmBooking;
import com.celebrantportal.api.booking.DeclarationSigned;
import com.celebrantportal.api.booking.LodgeNoim;
import com.celebrantportal.api.booking.MarriageRegistered;
import com.celebrantportal.api.booking.NoimLodged;
import com.celebrantportal.api.booking.Partner;
import com.celebrantportal.api.booking.Person;
import com.celebrantportal.api.booking.RecordCeremonyPerformed;
import com.celebrantportal.api.booking.RecordRegistration;
import com.celebrantportal.api.booking.RequestBooking;
import com.celebrantportal.api.booking.RescheduleCeremony;
import com.celebrantportal.api.booking.ShorteningGround;
import com.celebrantportal.api.booking.ShorteningOfTime;
import com.celebrantportal.api.booking.SignDeclaration;
import com.celebrantportal.api.booking.TimeSlot;
import com.celebrantportal.api.booking.UpdateCeremonyPlan;
import com.celebrantportal.api.booking.Venue;
import com.celebrantportal.api.error.DomainException;
import com.celebrantportal.api.error.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of a booking's lifecycle, one test per rule: given events, when a command, then events or a rejection. */
class BookingTest {

    private static final String BOOKING = "booking-1";
    private static final String OTHER_BOOKING = "booking-2";
    private static final String CELEBRANT = "celebrant-1";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = TODAY.atTime(12, 0).atZone(TimeSlot.MELBOURNE).toInstant();
    /** A ceremony still to come, far enough ahead for a notice given today. */
    private static final LocalDate COMING = LocalDate.of(2027, 3, 20);
    /** A ceremony held last month, ready to be recorded. */
    private static final LocalDate HELD = LocalDate.of(2026, 11, 1);
    private static final Person PARTNER_1 = new Person("Alex Smith", "alex@example.com", "0400 123 456",
            LocalDate.of(1990, 5, 17));
    private static final Person PARTNER_2 = new Person("Sam Jones", "sam@example.com", "0400 654 321",
            LocalDate.of(1991, 8, 2));
    private static final Venue VENUE = new Venue("Fitzroy Gardens", "Wellington Pde", "East Melbourne", "3002");
    private static final CeremonyPackage PACKAGE = new CeremonyPackage("Classic", 95_000);
    private static final CeremonyPlan PLAN = new CeremonyPlan("Welcome", "I promise", "I promise too",
            List.of("Sonnet 116"), List.of("Canon in D"));

    private AggregateTestFixture<Booking> fixture;
    private InMemoryCeremonySlots slots;
    private InMemoryCertificateSerials serials;

    @BeforeEach
    void setUp() {
        slots = new InMemoryCeremonySlots();
        serials = new InMemoryCertificateSerials();
        fixture = new AggregateTestFixture<>(Booking.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(slots);
        fixture.registerInjectableResource(serials);
    }

    @Nested
    class Request {

        @Test
        void aBookingIsRequestedAsAnEnquiryAndHoldsTheCelebrantsSlot() {
            fixture.givenNoPriorActivity()
                    .when(request(PARTNER_1, PARTNER_2, slot(COMING, "15:00")))
                    .expectEvents(requested(COMING));
            assertThat(slots.slotOf(BOOKING)).contains(slot(COMING, "15:00"));
        }

        @Test
        void aPartnerWhoTurnsEighteenOnTheCeremonyDateMayMarry() {
            Person eighteenThatDay = bornOn(COMING.minusYears(18));
            fixture.givenNoPriorActivity()
                    .when(request(eighteenThatDay, PARTNER_2, slot(COMING, "15:00")))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aPartnerUnderEighteenOnTheCeremonyDateIsRejected() {
            Person seventeen = bornOn(COMING.minusYears(18).plusDays(1));
            fixture.givenNoPriorActivity()
                    .when(request(PARTNER_1, seventeen, slot(COMING, "15:00")))
                    .expectNoEvents()
                    .expectException(invalidField("partner2.dateOfBirth"));
            assertThat(slots.slotOf(BOOKING)).isEmpty();
        }

        @Test
        void aBookingInASlotTheCelebrantHoldsIsRejected() {
            slots.reserve(OTHER_BOOKING, CELEBRANT, slot(COMING, "14:00"));
            fixture.givenNoPriorActivity()
                    .when(request(PARTNER_1, PARTNER_2, slot(COMING, "15:30")))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.CELEBRANT_UNAVAILABLE));
        }
    }

    @Nested
    class Confirm {

        @Test
        void anEnquiryIsConfirmed() {
            fixture.given(requested(COMING))
                    .when(new ConfirmBooking(BOOKING, null))
                    .expectEvents(new BookingConfirmed(BOOKING, NOW))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void aConfirmedBookingCannotBeConfirmedAgain() {
            fixture.given(requested(COMING), confirmed())
                    .when(new ConfirmBooking(BOOKING, null))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.INVALID_STATE));
        }
    }

    @Nested
    class Reschedule {

        @Test
        void aCeremonyMovesToAFreeSlotAndReleasesItsOldOne() {
            slots.reserve(BOOKING, CELEBRANT, slot(COMING, "15:00"));
            TimeSlot later = slot(COMING.plusDays(7), "11:00");
            fixture.given(requested(COMING), confirmed())
                    .when(new RescheduleCeremony(BOOKING, null, later))
                    .expectEvents(new CeremonyRescheduled(BOOKING, later))
                    .expectResultMessagePayload(2L);
            assertThat(slots.slotOf(BOOKING)).contains(later);
        }

        @Test
        void aCeremonyMayMoveWithinItsOwnTravelBuffer() {
            slots.reserve(BOOKING, CELEBRANT, slot(COMING, "15:00"));
            fixture.given(requested(COMING))
                    .when(new RescheduleCeremony(BOOKING, null, slot(COMING, "15:30")))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aRescheduleIntoASlotTheCelebrantHoldsIsRejected() {
            slots.reserve(OTHER_BOOKING, CELEBRANT, slot(COMING.plusDays(7), "11:00"));
            fixture.given(requested(COMING))
                    .when(new RescheduleCeremony(BOOKING, null, slot(COMING.plusDays(7), "12:30")))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.CELEBRANT_UNAVAILABLE));
        }

        @Test
        void aRescheduleBeforeOneCalendarMonthAfterTheNoticeIsRejected() {
            LocalDate receivedOn = LocalDate.of(2026, 11, 15);
            fixture.given(requested(COMING), noimLodged(receivedOn))
                    .when(new RescheduleCeremony(BOOKING, null, slot(LocalDate.of(2026, 12, 14), "15:00")))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.NOIM_WINDOW));
        }

        @Test
        void aRescheduleMoreThanEighteenMonthsAfterTheNoticeIsRejected() {
            LocalDate receivedOn = LocalDate.of(2026, 11, 15);
            fixture.given(requested(COMING), noimLodged(receivedOn))
                    .when(new RescheduleCeremony(BOOKING, null, slot(LocalDate.of(2028, 5, 16), "15:00")))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.NOIM_WINDOW));
        }

        @Test
        void aRescheduleToADayWhenAPartnerIsUnderEighteenIsRejected() {
            Person eighteenOnTheDay = bornOn(COMING.minusYears(18));
            fixture.given(requested(eighteenOnTheDay, PARTNER_2, COMING))
                    .when(new RescheduleCeremony(BOOKING, null, slot(COMING.minusDays(1), "15:00")))
                    .expectNoEvents()
                    .expectException(invalidField("partner1.dateOfBirth"));
        }

        @Test
        void aPerformedCeremonyCannotBeRescheduled() {
            fixture.given(performed())
                    .when(new RescheduleCeremony(BOOKING, null, slot(COMING, "15:00")))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.INVALID_STATE));
        }
    }

    @Nested
    class CeremonyPlanning {

        @Test
        void theCeremonyPlanIsReplaced() {
            fixture.given(requested(COMING))
                    .when(new UpdateCeremonyPlan(BOOKING, null, PLAN))
                    .expectEvents(new CeremonyPlanUpdated(BOOKING, PLAN))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void thePlanOfAPerformedCeremonyCannotChange() {
            fixture.given(performed())
                    .when(new UpdateCeremonyPlan(BOOKING, null, PLAN))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.INVALID_STATE));
        }
    }

    @Nested
    class NoticeOfIntendedMarriage {

        @ParameterizedTest(name = "received {0}, ceremony {1}")
        @CsvSource({
                "2026-01-15, 2026-02-15",
                "2026-01-30, 2026-03-01",
                "2026-01-31, 2026-03-01",
                "2024-01-29, 2024-02-29",
                "2026-03-31, 2026-05-01"})
        void aNoticeReceivedOneCalendarMonthBeforeTheCeremonyIsAccepted(LocalDate receivedOn, LocalDate ceremony) {
            fixture.given(requested(ceremony))
                    .when(new LodgeNoim(BOOKING, null, receivedOn, Optional.empty()))
                    .expectEvents(new NoimLodged(BOOKING, receivedOn, Optional.empty()))
                    .expectResultMessagePayload(1L);
        }

        @ParameterizedTest(name = "received {0}, ceremony {1}")
        @CsvSource({
                "2026-01-15, 2026-02-14",
                "2026-01-30, 2026-02-28",
                "2026-01-31, 2026-02-28",
                "2024-01-30, 2024-02-29",
                "2026-11-30, 2026-11-30"})
        void aNoticeReceivedLessThanOneCalendarMonthBeforeTheCeremonyIsRejected(LocalDate receivedOn,
                                                                                 LocalDate ceremony) {
            fixture.given(requested(ceremony))
                    .when(new LodgeNoim(BOOKING, null, receivedOn, Optional.empty()))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.NOIM_WINDOW));
        }

        @Test
        void aNoticeReceivedEighteenMonthsBeforeTheCeremonyIsAccepted() {
            fixture.given(requested(LocalDate.of(2028, 5, 30)))
                    .when(new LodgeNoim(BOOKING, null, LocalDate.of(2026, 11, 30), Optional.empty()))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aNoticeReceivedMoreThanEighteenMonthsBeforeTheCeremonyIsRejected() {
            fixture.given(requested(LocalDate.of(2028, 5, 31)))
                    .when(new LodgeNoim(BOOKING, null, LocalDate.of(2026, 11, 30), Optional.empty()))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.NOIM_WINDOW));
        }

        @Test
        void aShorteningOfTimeLiftsTheOneMonthRuleAndIsRecorded() {
            ShorteningOfTime grant = shortening(LocalDate.of(2026, 11, 25));
            LocalDate receivedOn = LocalDate.of(2026, 11, 24);
            fixture.given(requested(LocalDate.of(2026, 11, 28)))
                    .when(new LodgeNoim(BOOKING, null, receivedOn, Optional.of(grant)))
                    .expectEvents(new NoimLodged(BOOKING, receivedOn, Optional.of(grant)));
        }

        @Test
        void aShorteningOfTimeDoesNotLiftTheEighteenMonthRule() {
            fixture.given(requested(LocalDate.of(2028, 5, 31)))
                    .when(new LodgeNoim(BOOKING, null, LocalDate.of(2026, 11, 30),
                            Optional.of(shortening(LocalDate.of(2026, 11, 30)))))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.NOIM_WINDOW));
        }

        @Test
        void aShorteningOfTimeDoesNotAllowACeremonyBeforeTheNotice() {
            fixture.given(requested(LocalDate.of(2026, 11, 20)))
                    .when(new LodgeNoim(BOOKING, null, LocalDate.of(2026, 11, 21),
                            Optional.of(shortening(LocalDate.of(2026, 11, 19)))))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.NOIM_WINDOW));
        }

        @Test
        void aNoticeCannotBeReceivedInTheFuture() {
            fixture.given(requested(COMING))
                    .when(new LodgeNoim(BOOKING, null, TODAY.plusDays(1), Optional.empty()))
                    .expectNoEvents()
                    .expectException(invalidField("receivedOn"));
        }

        @Test
        void aShorteningCannotBeGrantedInTheFuture() {
            fixture.given(requested(COMING))
                    .when(new LodgeNoim(BOOKING, null, TODAY, Optional.of(shortening(TODAY.plusDays(1)))))
                    .expectNoEvents()
                    .expectException(invalidField("shortening.grantedOn"));
        }

        @Test
        void aShorteningCannotBeGrantedAfterTheCeremony() {
            fixture.given(requested(LocalDate.of(2026, 11, 20)))
                    .when(new LodgeNoim(BOOKING, null, LocalDate.of(2026, 11, 10),
                            Optional.of(shortening(LocalDate.of(2026, 11, 21)))))
                    .expectNoEvents()
                    .expectException(invalidField("shortening.grantedOn"));
        }

        @Test
        void aNoticeIsLodgedOnlyOnce() {
            fixture.given(requested(COMING), noimLodged(TODAY))
                    .when(new LodgeNoim(BOOKING, null, TODAY, Optional.empty()))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.INVALID_STATE));
        }

        @Test
        void aNoticeCannotBeLodgedForAPerformedCeremony() {
            fixture.given(performed())
                    .when(new LodgeNoim(BOOKING, null, TODAY, Optional.empty()))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.INVALID_STATE));
        }
    }

    @Nested
    class Declarations {

        @Test
        void eachPartnerSignsTheirDeclaration() {
            fixture.given(requested(COMING), signed(Partner.PARTNER_1))
                    .when(new SignDeclaration(BOOKING, null, Partner.PARTNER_2, TODAY))
                    .expectEvents(new DeclarationSigned(BOOKING, Partner.PARTNER_2, TODAY))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aPartnerSignsTheDeclarationOnlyOnce() {
            fixture.given(requested(COMING), signed(Partner.PARTNER_1))
                    .when(new SignDeclaration(BOOKING, null, Partner.PARTNER_1, TODAY))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.INVALID_STATE));
        }

        @Test
        void aDeclarationCannotBeSignedAfterTheCeremony() {
            fixture.given(requested(HELD))
                    .when(new SignDeclaration(BOOKING, null, Partner.PARTNER_1, HELD.plusDays(1)))
                    .expectNoEvents()
                    .expectException(invalidField("signedOn"));
        }

        @Test
        void aDeclarationCannotBeSignedInTheFuture() {
            fixture.given(requested(COMING))
                    .when(new SignDeclaration(BOOKING, null, Partner.PARTNER_1, TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(invalidField("signedOn"));
        }

        @Test
        void aDeclarationCannotBeSignedForAPerformedCeremony() {
            fixture.given(performed())
                    .when(new SignDeclaration(BOOKING, null, Partner.PARTNER_1, HELD))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.INVALID_STATE));
        }
    }

    @Nested
    class Performed {

        @Test
        void aConfirmedCeremonyWithItsNoticeAndBothDeclarationsIsRecordedWithItsSerial() {
            fixture.given(readyToPerform())
                    .when(new RecordCeremonyPerformed(BOOKING, null, HELD, "F15-0001"))
                    .expectEvents(new CeremonyPerformed(BOOKING, HELD, "F15-0001"))
                    .expectResultMessagePayload(5L);
            assertThat(serials.bookingOf("F15-0001")).contains(BOOKING);
        }

        @Test
        void anEnquiryCannotBeRecordedAsPerformed() {
            List<Object> unconfirmed = new ArrayList<>(readyToPerform());
            unconfirmed.removeIf(BookingConfirmed.class::isInstance);
            fixture.given(unconfirmed)
                    .when(new RecordCeremonyPerformed(BOOKING, null, HELD, "F15-0001"))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.INVALID_STATE));
        }

        @Test
        void aCeremonyWithoutANoticeCannotBeRecordedAsPerformed() {
            fixture.given(requested(HELD), confirmed(), signed(Partner.PARTNER_1), signed(Partner.PARTNER_2))
                    .when(new RecordCeremonyPerformed(BOOKING, null, HELD, "F15-0001"))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.INVALID_STATE));
        }

        @Test
        void aCeremonyWithOneDeclarationCannotBeRecordedAsPerformed() {
            fixture.given(requested(HELD), confirmed(), noimLodged(HELD.minusMonths(3)), signed(Partner.PARTNER_2))
                    .when(new RecordCeremonyPerformed(BOOKING, null, HELD, "F15-0001"))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.INVALID_STATE));
            assertThat(serials.bookingOf("F15-0001")).isEmpty();
        }

        @Test
        void theCeremonyIsPerformedOnItsCeremonyDate() {
            fixture.given(readyToPerform())
                    .when(new RecordCeremonyPerformed(BOOKING, null, HELD.minusDays(1), "F15-0001"))
                    .expectNoEvents()
                    .expectException(invalidField("performedOn"));
        }

        @Test
        void aCeremonyStillToComeCannotBeRecordedAsPerformed() {
            LocalDate tomorrow = TODAY.plusDays(1);
            fixture.given(requested(tomorrow), confirmed(), noimLodged(tomorrow.minusMonths(2)),
                            signed(Partner.PARTNER_1), signed(Partner.PARTNER_2))
                    .when(new RecordCeremonyPerformed(BOOKING, null, tomorrow, "F15-0001"))
                    .expectNoEvents()
                    .expectException(invalidField("performedOn"));
        }

        @Test
        void aCertificateSerialIsUsedOnceOnly() {
            serials.claim("F15-0001", OTHER_BOOKING);
            fixture.given(readyToPerform())
                    .when(new RecordCeremonyPerformed(BOOKING, null, HELD, "F15-0001"))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.CERTIFICATE_SERIAL_USED));
        }

        @Test
        void aCeremonyIsRecordedAsPerformedOnlyOnce() {
            fixture.given(performed())
                    .when(new RecordCeremonyPerformed(BOOKING, null, HELD, "F15-0002"))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.INVALID_STATE));
        }
    }

    @Nested
    class Registration {

        @Test
        void papersLodgedOnTheFourteenthDayAreOnTime() {
            LocalDate dueBy = HELD.plusDays(14);
            fixture.given(performed())
                    .when(new RecordRegistration(BOOKING, null, dueBy, "BDM-1"))
                    .expectEvents(new MarriageRegistered(BOOKING, dueBy, "BDM-1", dueBy, false))
                    .expectResultMessagePayload(6L);
        }

        @Test
        void papersLodgedAfterFourteenDaysAreRecordedAsLate() {
            LocalDate dueBy = HELD.plusDays(14);
            fixture.given(performed())
                    .when(new RecordRegistration(BOOKING, null, dueBy.plusDays(1), "BDM-1"))
                    .expectEvents(new MarriageRegistered(BOOKING, dueBy.plusDays(1), "BDM-1", dueBy, true));
        }

        @Test
        void aCeremonyNotYetPerformedCannotBeRegistered() {
            fixture.given(readyToPerform())
                    .when(new RecordRegistration(BOOKING, null, TODAY, "BDM-1"))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.INVALID_STATE));
        }

        @Test
        void papersCannotBeLodgedBeforeTheCeremony() {
            fixture.given(performed())
                    .when(new RecordRegistration(BOOKING, null, HELD.minusDays(1), "BDM-1"))
                    .expectNoEvents()
                    .expectException(invalidField("lodgedOn"));
        }

        @Test
        void papersCannotBeLodgedInTheFuture() {
            fixture.given(performed())
                    .when(new RecordRegistration(BOOKING, null, TODAY.plusDays(1), "BDM-1"))
                    .expectNoEvents()
                    .expectException(invalidField("lodgedOn"));
        }

        @Test
        void aMarriageIsRegisteredOnlyOnce() {
            List<Object> registered = new ArrayList<>(performed());
            registered.add(new MarriageRegistered(BOOKING, TODAY, "BDM-1", HELD.plusDays(14), false));
            fixture.given(registered)
                    .when(new RecordRegistration(BOOKING, null, TODAY, "BDM-2"))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.INVALID_STATE));
        }
    }

    @Nested
    class Cancellation {

        @Test
        void anEnquiryIsCancelledAndFreesTheCelebrantsSlot() {
            slots.reserve(BOOKING, CELEBRANT, slot(COMING, "15:00"));
            fixture.given(requested(COMING))
                    .when(new CancelBooking(BOOKING, null, "changed their minds", CancelledBy.COUPLE))
                    .expectEvents(new BookingCancelled(BOOKING, "changed their minds", CancelledBy.COUPLE, NOW))
                    .expectResultMessagePayload(1L);
            assertThat(slots.slotOf(BOOKING)).isEmpty();
        }

        @Test
        void aConfirmedBookingIsCancelledAndFreesTheCelebrantsSlot() {
            slots.reserve(BOOKING, CELEBRANT, slot(COMING, "15:00"));
            fixture.given(requested(COMING), confirmed())
                    .when(new CancelBooking(BOOKING, null, "celebrant unwell", CancelledBy.CELEBRANT))
                    .expectEvents(new BookingCancelled(BOOKING, "celebrant unwell", CancelledBy.CELEBRANT, NOW))
                    .expectResultMessagePayload(2L);
            assertThat(slots.slotOf(BOOKING)).isEmpty();
        }

        @Test
        void aPerformedCeremonyCannotBeCancelled() {
            slots.reserve(BOOKING, CELEBRANT, slot(HELD, "15:00"));
            fixture.given(performed())
                    .when(new CancelBooking(BOOKING, null, "too late", CancelledBy.COUPLE))
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.INVALID_STATE));
            assertThat(slots.slotOf(BOOKING)).isPresent();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("com.celebrantportal.command.booking.BookingTest#everyCommandOnTheBooking")
        void aCancelledBookingAcceptsNoFurtherCommand(Object command) {
            fixture.given(requested(COMING), confirmed(),
                            new BookingCancelled(BOOKING, "called off", CancelledBy.COUPLE, NOW))
                    .when(command)
                    .expectNoEvents()
                    .expectException(rejectedWith(ErrorCode.INVALID_STATE));
        }
    }

    static Stream<Object> everyCommandOnTheBooking() {
        return Stream.of(
                new ConfirmBooking(BOOKING, null),
                new RescheduleCeremony(BOOKING, null, slot(COMING.plusDays(1), "15:00")),
                new UpdateCeremonyPlan(BOOKING, null, PLAN),
                new LodgeNoim(BOOKING, null, TODAY, Optional.empty()),
                new SignDeclaration(BOOKING, null, Partner.PARTNER_1, TODAY),
                new RecordCeremonyPerformed(BOOKING, null, COMING, "F15-0001"),
                new RecordRegistration(BOOKING, null, TODAY, "BDM-1"),
                new CancelBooking(BOOKING, null, "again", CancelledBy.CELEBRANT));
    }

    private static RequestBooking request(Person partner1, Person partner2, TimeSlot slot) {
        return new RequestBooking(BOOKING, CELEBRANT, partner1, partner2, new Ceremony(slot, VENUE), PACKAGE);
    }

    private static BookingRequested requested(LocalDate ceremonyDate) {
        return requested(PARTNER_1, PARTNER_2, ceremonyDate);
    }

    private static BookingRequested requested(Person partner1, Person partner2, LocalDate ceremonyDate) {
        return new BookingRequested(BOOKING, CELEBRANT, partner1, partner2,
                new Ceremony(slot(ceremonyDate, "15:00"), VENUE), PACKAGE, NOW);
    }

    private static BookingConfirmed confirmed() {
        return new BookingConfirmed(BOOKING, NOW);
    }

    private static NoimLodged noimLodged(LocalDate receivedOn) {
        return new NoimLodged(BOOKING, receivedOn, Optional.empty());
    }

    private static DeclarationSigned signed(Partner partner) {
        return new DeclarationSigned(BOOKING, partner, HELD.minusDays(10));
    }

    /** A confirmed booking for the ceremony held on {@link #HELD}, with its notice and both declarations. */
    private static List<Object> readyToPerform() {
        return List.of(requested(HELD), confirmed(), noimLodged(HELD.minusMonths(3)), signed(Partner.PARTNER_1),
                signed(Partner.PARTNER_2));
    }

    private static List<Object> performed() {
        List<Object> events = new ArrayList<>(readyToPerform());
        events.add(new CeremonyPerformed(BOOKING, HELD, "F15-0001"));
        return events;
    }

    private static TimeSlot slot(LocalDate date, String startTime) {
        return new TimeSlot(date, LocalTime.parse(startTime), 60);
    }

    private static Person bornOn(LocalDate dateOfBirth) {
        return new Person("Jo Young", "jo@example.com", "0400 111 222", dateOfBirth);
    }

    private static ShorteningOfTime shortening(LocalDate grantedOn) {
        return new ShorteningOfTime(ShorteningGround.WEDDING_ARRANGEMENTS, "Registrar, Melbourne Magistrates' Court",
                grantedOn);
    }

    /** A {@link DomainException} with the code. */
    private static Matcher<Throwable> rejectedWith(ErrorCode code) {
        return domainException("a DomainException with code " + code, e -> e.code() == code);
    }

    /** A {@code VALIDATION_FAILED} {@link DomainException} naming the field. */
    private static Matcher<Throwable> invalidField(String field) {
        return domainException("a VALIDATION_FAILED DomainException for " + field,
                e -> e.code() == ErrorCode.VALIDATION_FAILED
                        && e.errors().stream().anyMatch(problem -> problem.field().equals(field)));
    }

    private static Matcher<Throwable> domainException(String description,
                                                      Predicate<DomainException> test) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable failure) {
                return failure instanceof DomainException domain && test.test(domain);
            }

            @Override
            public void describeTo(Description text) {
                text.appendText(description);
            }

            @Override
            protected void describeMismatchSafely(Throwable failure, Description text) {
                text.appendText("was ").appendValue(failure);
                if (failure instanceof DomainException domain) {
                    text.appendText(" with code ").appendValue(domain.code()).appendText(" and errors ")
                            .appendValue(domain.errors());
                }
            }
        };
    }
}
