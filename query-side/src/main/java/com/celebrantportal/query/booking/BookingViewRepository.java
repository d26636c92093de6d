package com.celebrantportal.query.booking;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The booking read model's table. */
interface BookingViewRepository extends JpaRepository<BookingView, String> {

    /** The version alone, cheap enough to poll while a reader waits for its own write. */
    @Query("SELECT b.version FROM BookingView b WHERE b.bookingId = :bookingId")
    Optional<Long> findVersion(String bookingId);
}
