package com.celebrantportal.api.booking;

/** Every event of the Booking aggregate. */
public interface BookingEvent {
    String bookingId();
}
