package com.celebrantportal.query.paging;

import com.celebrantportal.api.error.DomainException;

/** How many items a list answers at once: {@code ?limit=}, 50 unless asked, at most 200. */
public final class PageLimit {

    public static final int DEFAULT = 50;
    public static final int MAXIMUM = 200;

    private PageLimit() {
    }

    public static int of(Integer requested) {
        if (requested == null) {
            return DEFAULT;
        }
        if (requested < 1 || requested > MAXIMUM) {
            throw DomainException.invalidField("limit", "must be between 1 and " + MAXIMUM);
        }
        return requested;
    }
}
