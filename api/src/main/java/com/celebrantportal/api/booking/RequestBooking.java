package com.celebrantportal.api.booking;

/** A couple asks a celebrant for a ceremony; creates the booking as an enquiry. */
public record RequestBooking(String bookingId, String celebrantId, Person partner1, Person partner2, Ceremony ceremony,
                             CeremonyPackage ceremonyPackage) {
}
