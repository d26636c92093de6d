package com.celebrantportal.command.booking;

import com.celebrantportal.api.error.DomainException;
import com.celebrantportal.api.error.ErrorCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Used Form 15 serials in memory. */
class InMemoryCertificateSerials implements CertificateSerials {

    private final Map<String, String> bookingBySerial = new HashMap<>();

    @Override
    public void claim(String serial, String bookingId) {
        if (bookingBySerial.putIfAbsent(serial, bookingId) != null) {
            throw new DomainException(ErrorCode.CERTIFICATE_SERIAL_USED, "serial " + serial + " used");
        }
    }

    Optional<String> bookingOf(String serial) {
        return Optional.ofNullable(bookingBySerial.get(serial));
    }
}
