package com.celebrantportal.api.booking;

/** Where a booking stands in its lifecycle. */
public enum BookingStatus {
    ENQUIRY, CONFIRMED, PERFORMED, REGISTERED, COMPLETED, CANCELLED
}
