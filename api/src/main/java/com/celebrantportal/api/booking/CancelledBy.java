package com.celebrantportal.api.booking;

/** Who called the ceremony off; the refund policy depends on it. */
public enum CancelledBy {
    COUPLE, CELEBRANT
}
