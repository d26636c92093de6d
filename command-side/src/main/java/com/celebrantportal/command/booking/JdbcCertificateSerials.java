package com.celebrantportal.command.booking;

import com.celebrantportal.api.error.DomainException;
import com.celebrantportal.api.error.ErrorCode;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Used Form 15 serials in table {@code certificate_serial}; its primary key is the final guard. */
@Component
class JdbcCertificateSerials implements CertificateSerials {

    private final JdbcClient jdbc;

    JdbcCertificateSerials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(String serial, String bookingId) {
        try {
            jdbc.sql("INSERT INTO certificate_serial (serial, booking_id) VALUES (:serial, :bookingId)")
                    .param("serial", serial)
                    .param("bookingId", bookingId)
                    .update();
        } catch (DataIntegrityViolationException used) {
            throw new DomainException(ErrorCode.CERTIFICATE_SERIAL_USED,
                    "marriage certificate serial " + serial + " is already recorded for another ceremony");
        }
    }
}
