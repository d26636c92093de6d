package com.celebrantportal.api.booking;

/** Which partner of the couple: the first or the second named on the booking. */
public enum Partner {
    PARTNER_1(1), PARTNER_2(2);

    private final int number;

    Partner(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Partner ofNumber(int number) {
        for (Partner partner : values()) {
            if (partner.number == number) {
                return partner;
            }
        }
        throw new IllegalArgumentException("partner must be 1 or 2");
    }
}
