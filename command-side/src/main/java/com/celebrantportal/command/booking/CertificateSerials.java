package com.celebrantportal.command.booking;

/** Form 15 marriage certificate serial numbers: each is used once across the whole practice. */
public interface CertificateSerials {

    /** Records the serial as used by the booking, or throws {@code CERTIFICATE_SERIAL_USED}. */
    void claim(String serial, String bookingId);
}
