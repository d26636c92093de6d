package com.celebrantportal.api.booking;

/** The grounds on which a prescribed authority may shorten the one-month notice period. */
public enum ShorteningGround {
    TRAVEL_OR_EMPLOYMENT, WEDDING_ARRANGEMENTS, MEDICAL, LEGAL_PROCEEDINGS, ERROR_IN_NOTICE
}
