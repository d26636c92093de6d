package com.celebrantportal.query.booking;

import com.celebrantportal.api.booking.BookingCancelled;
import com.celebrantportal.api.booking.BookingStatus;
import com.celebrantportal.api.booking.CancelledBy;
import com.celebrantportal.api.booking.CeremonyPackage;
import com.celebrantportal.api.booking.CeremonyPlan;
import com.celebrantportal.api.booking.Partner;
import com.celebrantportal.api.booking.Person;
import com.celebrantportal.api.booking.ShorteningOfTime;
import com.celebrantportal.api.booking.TimeSlot;
import com.celebrantportal.api.booking.Venue;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The JSON answers of the booking queries, built from the read model's rows. */
final class BookingAnswers {

    /** Times of day as the contract writes them: {@code 15:00}. */
    static final String TIME_OF_DAY = "HH:mm";

    private BookingAnswers() {
    }

    /** A booking in a list: enough to recognise it and open it. */
    record BookingSummary(String id, String celebrantId, BookingStatus status, CeremonyOutline ceremony,
                          PartnerName partner1, PartnerName partner2, long version) {
        static BookingSummary of(BookingView booking) {
            return new BookingSummary(booking.bookingId(), booking.celebrantId(), booking.status(),
                    CeremonyOutline.of(booking), PartnerName.of(booking.partner1()),
                    PartnerName.of(booking.partner2()), booking.version());
        }
    }

    record CeremonyOutline(LocalDate date, @JsonFormat(pattern = TIME_OF_DAY) LocalTime startTime, int durationMinutes, VenueOutline venue) {
        static CeremonyOutline of(BookingView booking) {
            TimeSlot slot = booking.slot();
            Venue venue = booking.venue();
            return new CeremonyOutline(slot.date(), slot.startTime(), slot.durationMinutes(),
                    new VenueOutline(venue.name(), venue.suburb()));
        }
    }

    record VenueOutline(String name, String suburb) {
    }

    record PartnerName(String fullName) {
        static PartnerName of(Person person) {
            return new PartnerName(person.fullName());
        }
    }

    /** Everything the celebrant sees on a booking's page. */
    record BookingDetail(String id, String celebrantId, BookingStatus status, Person partner1, Person partner2,
                         CeremonyDetail ceremony, @JsonProperty("package") CeremonyPackage ceremonyPackage,
                         CeremonyPlan ceremonyPlan, Compliance compliance, Cancellation cancellation,
                         List<Object> invoices, long balanceCents, long creditCents, long version) {
        static BookingDetail of(BookingView booking) {
            TimeSlot slot = booking.slot();
            // invoices and the money owed come from the invoice and payment read models once they exist
            return new BookingDetail(booking.bookingId(), booking.celebrantId(), booking.status(),
                    booking.partner1(), booking.partner2(),
                    new CeremonyDetail(slot.date(), slot.startTime(), slot.durationMinutes(), booking.venue()),
                    booking.ceremonyPackage(), booking.ceremonyPlan().orElse(null), Compliance.of(booking),
                    booking.cancellation().map(Cancellation::of).orElse(null), List.of(), 0, 0, booking.version());
        }
    }

    record CeremonyDetail(LocalDate date, @JsonFormat(pattern = TIME_OF_DAY) LocalTime startTime, int durationMinutes, Venue venue) {
    }

    /** The Marriage Act paperwork of a booking and its due dates. */
    record Compliance(LocalDate noimReceivedOn, LocalDate noimDueBy, ShorteningOfTime shortening,
                      Declarations declarations, LocalDate performedOn, String certificateSerial,
                      LocalDate registrationDueBy, LocalDate registeredOn, String registryReference,
                      Boolean registrationLate) {
        static Compliance of(BookingView booking) {
            return new Compliance(booking.noimReceivedOn().orElse(null), booking.noimDueBy(),
                    booking.shortening().orElse(null),
                    new Declarations(booking.declaredOn(Partner.PARTNER_1).orElse(null),
                            booking.declaredOn(Partner.PARTNER_2).orElse(null)),
                    booking.performedOn().orElse(null), booking.certificateSerial().orElse(null),
                    booking.registrationDueBy().orElse(null), booking.registeredOn().orElse(null),
                    booking.registryReference().orElse(null), booking.registrationLate().orElse(null));
        }
    }

    /** The date each partner signed the declaration of no legal impediment; null until signed. */
    record Declarations(@JsonInclude(JsonInclude.Include.ALWAYS) LocalDate partner1,
                        @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate partner2) {
    }

    record Cancellation(String reason, CancelledBy cancelledBy, Instant cancelledAt) {
        static Cancellation of(BookingCancelled event) {
            return new Cancellation(event.reason(), event.cancelledBy(), event.cancelledAt());
        }
    }

    /** A ceremony in the celebrant's calendar. */
    record CalendarEntry(String bookingId, String celebrantId, BookingStatus status, LocalDate date,
                         @JsonFormat(pattern = TIME_OF_DAY) LocalTime startTime,
                         @JsonFormat(pattern = TIME_OF_DAY) LocalTime endTime, int durationMinutes, Venue venue) {
        static CalendarEntry of(BookingView booking) {
            TimeSlot slot = booking.slot();
            return new CalendarEntry(booking.bookingId(), booking.celebrantId(), booking.status(), slot.date(),
                    slot.startTime(), slot.startTime().plusMinutes(slot.durationMinutes()), slot.durationMinutes(),
                    booking.venue());
        }
    }

    record Calendar(List<CalendarEntry> items) {
    }

    /** What the paperwork needs next, as of a day in Melbourne. */
    record ComplianceReport(LocalDate asOf, List<ComplianceItem> noimsDueSoon,
                            List<ComplianceItem> declarationsMissing, List<ComplianceItem> registrationsDue,
                            List<ComplianceItem> registrationsOverdue) {
    }

    /**
     * A booking in a compliance bucket with the date that matters for it.
     *
     * @param overdue                    for notices: the due date has passed
     * @param partnersWithoutDeclaration for declarations: the partners (1, 2) who have not signed
     */
    record ComplianceItem(String bookingId, String celebrantId, BookingStatus status, LocalDate ceremonyDate,
                          PartnerName partner1, PartnerName partner2, LocalDate dueBy, Boolean overdue,
                          List<Integer> partnersWithoutDeclaration) {
        static ComplianceItem of(BookingView booking, LocalDate dueBy) {
            return new ComplianceItem(booking.bookingId(), booking.celebrantId(), booking.status(),
                    booking.slot().date(), PartnerName.of(booking.partner1()), PartnerName.of(booking.partner2()),
                    dueBy, null, null);
        }

        ComplianceItem overdue(boolean isOverdue) {
            return new ComplianceItem(bookingId, celebrantId, status, ceremonyDate, partner1, partner2, dueBy,
                    isOverdue, partnersWithoutDeclaration);
        }

        ComplianceItem withoutDeclaration(List<Integer> partners) {
            return new ComplianceItem(bookingId, celebrantId, status, ceremonyDate, partner1, partner2, dueBy,
                    overdue, partners);
        }
    }
}
