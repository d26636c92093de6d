package com.celebrantportal.app.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.app.support.Bookings;
import com.celebrantportal.app.support.PortalClient.Answer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BookingDetailQueryTest extends BookingQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aRequestedBookingShowsPartnersCeremonyPackageAndTheNoticeDueOneMonthBefore() {
        String celebrant = Bookings.newCelebrant();
        String id = steps.request(celebrant, LocalDate.of(2027, 3, 20), "15:00");

        JsonNode booking = steps.detail(id);

        assertThat(booking.path("id").asString()).isEqualTo(id);
        assertThat(booking.path("celebrantId").asString()).isEqualTo(celebrant);
        assertThat(booking.path("status").asString()).isEqualTo("ENQUIRY");
        assertThat(booking.path("version").asLong()).isEqualTo(1);
        assertThat(booking.path("partner1").path("fullName").asString()).isEqualTo("Alex Smith");
        assertThat(booking.path("partner1").path("email").asString()).isEqualTo("alex.smith@example.com");
        assertThat(booking.path("partner1").path("phone").asString()).isEqualTo("0400 123 456");
        assertThat(booking.path("partner2").path("fullName").asString()).isEqualTo("Sam Jones");
        assertThat(booking.path("partner2").path("dateOfBirth").asString()).isEqualTo("1990-05-17");
        JsonNode ceremony = booking.path("ceremony");
        assertThat(ceremony.path("date").asString()).isEqualTo("2027-03-20");
        assertThat(ceremony.path("startTime").asString()).isEqualTo("15:00");
        assertThat(ceremony.path("durationMinutes").asInt()).isEqualTo(60);
        assertThat(ceremony.path("venue").path("name").asString()).isEqualTo("Fitzroy Gardens");
        assertThat(ceremony.path("venue").path("address").asString()).isEqualTo("Wellington Pde");
        assertThat(ceremony.path("venue").path("suburb").asString()).isEqualTo("East Melbourne");
        assertThat(ceremony.path("venue").path("postcode").asString()).isEqualTo("3002");
        assertThat(booking.path("package").path("name").asString()).isEqualTo("Classic");
        assertThat(booking.path("package").path("feeCents").asLong()).isEqualTo(95000);
        assertThat(booking.has("ceremonyPlan")).isFalse();
        assertThat(booking.has("cancellation")).isFalse();
        assertThat(booking.path("invoices").isArray()).isTrue();
        assertThat(booking.path("invoices").isEmpty()).isTrue();
        assertThat(booking.path("balanceCents").asLong()).isZero();
        assertThat(booking.path("creditCents").asLong()).isZero();
        JsonNode compliance = booking.path("compliance");
        assertThat(compliance.path("noimDueBy").asString()).isEqualTo("2027-02-20");
        assertThat(compliance.has("noimReceivedOn")).isFalse();
        assertThat(compliance.path("declarations").path("partner1").isNull()).isTrue();
        assertThat(compliance.path("declarations").path("partner2").isNull()).isTrue();
        assertThat(compliance.has("performedOn")).isFalse();
        assertThat(compliance.has("registrationDueBy")).isFalse();
    }

    @Test
    void theDetailAnswersItsVersionAsETag() {
        String id = steps.request(Bookings.newCelebrant(), LocalDate.of(2027, 3, 20), "15:00");
        long version = steps.confirm(id);

        Answer answer = client.get("/api/v1/bookings/" + id + "?minVersion=" + version);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("ETag")).isEqualTo("\"" + version + "\"");
        assertThat(answer.body().path("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void aNoticeForA1MarchCeremonyIsDueOn1February() {
        String id = steps.request(Bookings.newCelebrant(), LocalDate.of(2027, 3, 1), "11:00");

        assertThat(steps.detail(id).path("compliance").path("noimDueBy").asString()).isEqualTo("2027-02-01");
    }

    @Test
    void reschedulingMovesTheNoticeDueDateWithTheCeremony() {
        String id = steps.request(Bookings.newCelebrant(), LocalDate.of(2027, 3, 20), "15:00");
        steps.command(id, "reschedule", Map.of("date", "2027-03-31", "startTime", "10:30", "durationMinutes", 45));

        JsonNode booking = steps.detail(id);

        assertThat(booking.path("ceremony").path("date").asString()).isEqualTo("2027-03-31");
        assertThat(booking.path("ceremony").path("startTime").asString()).isEqualTo("10:30");
        assertThat(booking.path("ceremony").path("durationMinutes").asInt()).isEqualTo(45);
        assertThat(booking.path("compliance").path("noimDueBy").asString()).isEqualTo("2027-02-28");
    }

    @Test
    void theCeremonyPlanIsShownOnceSet() {
        String id = steps.request(Bookings.newCelebrant(), LocalDate.of(2027, 3, 20), "15:00");
        Answer planned = client.put("/api/v1/bookings/" + id + "/ceremony-plan", Map.of("script", "Welcome all",
                "vowsPartner1", "I promise", "vowsPartner2", "I do too", "readings", List.of("Sonnet 116"),
                "music", List.of("Canon in D", "Here Comes the Sun")));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(200);

        JsonNode plan = client.get("/api/v1/bookings/" + id + "?minVersion=2").body().path("ceremonyPlan");

        assertThat(plan.path("script").asString()).isEqualTo("Welcome all");
        assertThat(plan.path("vowsPartner1").asString()).isEqualTo("I promise");
        assertThat(plan.path("vowsPartner2").asString()).isEqualTo("I do too");
        assertThat(plan.path("readings").get(0).asString()).isEqualTo("Sonnet 116");
        assertThat(plan.path("music").size()).isEqualTo(2);
    }

    @Test
    void everyComplianceFieldFollowsTheLifecycleToALateRegistration() {
        String id = steps.request(Bookings.newCelebrant(), LocalDate.of(2027, 3, 20), "15:00");
        steps.confirm(id);
        steps.lodgeNoim(id, TODAY);
        JsonNode noticed = steps.detail(id).path("compliance");
        assertThat(noticed.path("noimReceivedOn").asString()).isEqualTo("2026-12-01");
        assertThat(noticed.has("shortening")).isFalse();

        steps.sign(id, 1, TODAY);
        JsonNode oneSigned = steps.detail(id).path("compliance").path("declarations");
        assertThat(oneSigned.path("partner1").asString()).isEqualTo("2026-12-01");
        assertThat(oneSigned.path("partner2").isNull()).isTrue();
        steps.sign(id, 2, LocalDate.of(2026, 11, 30));

        clock.setToday(LocalDate.of(2027, 3, 20));
        String serial = BookingQuerySteps.newSerial();
        steps.perform(id, LocalDate.of(2027, 3, 20), serial);
        JsonNode performed = steps.detail(id);
        assertThat(performed.path("status").asString()).isEqualTo("PERFORMED");
        assertThat(performed.path("compliance").path("declarations").path("partner2").asString()).isEqualTo("2026-11-30");
        assertThat(performed.path("compliance").path("performedOn").asString()).isEqualTo("2027-03-20");
        assertThat(performed.path("compliance").path("certificateSerial").asString()).isEqualTo(serial);
        assertThat(performed.path("compliance").path("registrationDueBy").asString()).isEqualTo("2027-04-03");
        assertThat(performed.path("compliance").has("registeredOn")).isFalse();

        clock.setToday(LocalDate.of(2027, 4, 6));
        steps.register(id, LocalDate.of(2027, 4, 6), "BDM-77");
        JsonNode registered = steps.detail(id);
        assertThat(registered.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(registered.path("version").asLong()).isEqualTo(7);
        JsonNode compliance = registered.path("compliance");
        assertThat(compliance.path("registeredOn").asString()).isEqualTo("2027-04-06");
        assertThat(compliance.path("registryReference").asString()).isEqualTo("BDM-77");
        assertThat(compliance.path("registrationDueBy").asString()).isEqualTo("2027-04-03");
        assertThat(compliance.path("registrationLate").asBoolean()).isTrue();
    }

    @Test
    void aRegistrationWithinFourteenDaysIsNotLate() {
        String id = steps.request(Bookings.newCelebrant(), LocalDate.of(2027, 3, 20), "15:00");
        steps.readyForCeremony(id, TODAY);
        clock.setToday(LocalDate.of(2027, 4, 3));
        steps.perform(id, LocalDate.of(2027, 3, 20), BookingQuerySteps.newSerial());
        steps.register(id, LocalDate.of(2027, 4, 3), "BDM-78");

        JsonNode compliance = steps.detail(id).path("compliance");

        assertThat(compliance.path("registeredOn").asString()).isEqualTo("2027-04-03");
        assertThat(compliance.path("registrationLate").isBoolean()).isTrue();
        assertThat(compliance.path("registrationLate").asBoolean()).isFalse();
    }

    @Test
    void aShorteningOfTimeIsShownWithItsGroundAuthorityAndDate() {
        String id = steps.request(Bookings.newCelebrant(), LocalDate.of(2026, 12, 20), "12:00");
        steps.command(id, "noim", Map.of("receivedOn", "2026-12-01", "shortening",
                Map.of("ground", "MEDICAL", "authority", "Registrar, Melbourne", "grantedOn", "2026-11-30")));

        JsonNode compliance = steps.detail(id).path("compliance");

        assertThat(compliance.path("noimReceivedOn").asString()).isEqualTo("2026-12-01");
        assertThat(compliance.path("noimDueBy").asString()).isEqualTo("2026-11-20");
        assertThat(compliance.path("shortening").path("ground").asString()).isEqualTo("MEDICAL");
        assertThat(compliance.path("shortening").path("authority").asString()).isEqualTo("Registrar, Melbourne");
        assertThat(compliance.path("shortening").path("grantedOn").asString()).isEqualTo("2026-11-30");
    }

    @Test
    void aCancelledBookingShowsWhoCancelledWhyAndWhen() {
        String id = steps.request(Bookings.newCelebrant(), LocalDate.of(2027, 3, 20), "15:00");
        steps.cancel(id, "Changed venue plans");

        JsonNode booking = steps.detail(id);

        assertThat(booking.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(booking.path("cancellation").path("reason").asString()).isEqualTo("Changed venue plans");
        assertThat(booking.path("cancellation").path("cancelledBy").asString()).isEqualTo("COUPLE");
        assertThat(booking.path("cancellation").path("cancelledAt").asString()).startsWith("2026-12-01T01:00:00");
    }

    @Test
    void anUnknownBookingIsNotFound() {
        Answer answer = client.get("/api/v1/bookings/no-such-booking");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("NOT_FOUND");
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aVersionNotReachedInTimeAnswers202WithTheVersionTheReadModelHas() {
        String id = steps.request(Bookings.newCelebrant(), LocalDate.of(2027, 3, 20), "15:00");
        steps.awaitLastWrite(id);

        long started = System.nanoTime();
        Answer answer = client.get("/api/v1/bookings/" + id + "?minVersion=5");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        assertThat(answer.body().path("version").asLong()).isEqualTo(1);
        assertThat(answer.header("ETag")).isEqualTo("\"1\"");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(10));
    }

    @Test
    void aVersionAlreadyReachedAnswersAtOnce() {
        String id = steps.request(Bookings.newCelebrant(), LocalDate.of(2027, 3, 20), "15:00");
        long version = steps.confirm(id);
        steps.awaitLastWrite(id);

        long started = System.nanoTime();
        Answer answer = client.get("/api/v1/bookings/" + id + "?minVersion=" + (version - 1));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("version").asLong()).isEqualTo(version);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aBookingNotYetInTheReadModelIsNotFoundAfterTheWait() {
        Answer answer = client.get("/api/v1/bookings/not-yet-there?minVersion=1");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aMinVersionBelowOneOrNotANumberIsRejected() {
        String id = steps.request(Bookings.newCelebrant(), LocalDate.of(2027, 3, 20), "15:00");

        for (String minVersion : List.of("0", "-3", "abc", "1.5")) {
            Answer answer = client.get("/api/v1/bookings/" + id + "?minVersion=" + minVersion);
            assertThat(answer.status()).as(minVersion + ": " + answer).isEqualTo(400);
            assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(answer.body().path("errors").get(0).path("field").asString()).isEqualTo("minVersion");
        }
    }
}
