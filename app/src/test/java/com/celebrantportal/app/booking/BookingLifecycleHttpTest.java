package com.celebrantportal.app.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.app.support.Bookings;
import com.celebrantportal.app.support.PortalClient.Answer;
import com.celebrantportal.app.support.PortalIntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BookingLifecycleHttpTest extends PortalIntegrationTest {

    @Test
    void aBookingIsRequestedConfirmedAndAnsweredWithItsVersion() {
        Answer created = client.post("/api/v1/bookings",
                Bookings.request(Bookings.newCelebrant(), LocalDate.of(2027, 3, 20), "15:00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().path("id").asString();
        assertThat(created.body().path("version").asLong()).isEqualTo(1);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.header("Location")).isEqualTo("/api/v1/bookings/" + id);

        Answer confirmed = client.post("/api/v1/bookings/" + id + "/confirm", Map.of(), "If-Match", "\"1\"");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.body().path("version").asLong()).isEqualTo(2);
        assertThat(storedEventsOf(id)).isEqualTo(2);
    }
}
