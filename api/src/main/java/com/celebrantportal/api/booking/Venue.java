package com.celebrantportal.api.booking;

/** Where a ceremony takes place. */
public record Venue(String name, String address, String suburb, String postcode) {
}
