package com.celebrantportal.api.booking;

/** The package the couple chose and its fee in AUD cents. */
public record CeremonyPackage(String name, long feeCents) {
}
