package com.celebrantportal.app.booking;

import com.celebrantportal.app.support.Bookings;
import com.celebrantportal.app.support.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;

/** Base of the query-side tests: the steps that drive bookings, and a celebrant of the test's own. */
abstract class BookingQueryTest extends PortalIntegrationTest {

    protected BookingQuerySteps steps;
    protected String celebrant;

    @BeforeEach
    void steps() {
        steps = new BookingQuerySteps(client);
        celebrant = Bookings.newCelebrant();
    }
}
