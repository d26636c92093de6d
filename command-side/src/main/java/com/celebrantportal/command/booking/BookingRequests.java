package com.celebrantportal.command.booking;

import com.celebrantportal.api.booking.CancelledBy;
import com.celebrantportal.api.booking.Ceremony;
import com.celebrantportal.api.booking.CeremonyPackage;
import com.celebrantportal.api.booking.CeremonyPlan;
import com.celebrantportal.api.booking.Person;
import com.celebrantportal.api.booking.ShorteningGround;
import com.celebrantportal.api.booking.ShorteningOfTime;
import com.celebrantportal.api.booking.TimeSlot;
import com.celebrantportal.api.booking.Venue;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The JSON bodies of the booking commands, validated at the edge before they become commands. */
final class BookingRequests {

    static final String IDENTIFIER = "[A-Za-z0-9][A-Za-z0-9_.:-]*";

    private BookingRequests() {
    }

    record NewBooking(@NotBlank @Size(max = 64) @Pattern(regexp = IDENTIFIER) String celebrantId,
                      @NotNull @Valid PartnerDetails partner1,
                      @NotNull @Valid PartnerDetails partner2,
                      @NotNull @Valid CeremonyDetails ceremony,
                      @JsonProperty("package") @NotNull @Valid PackageDetails ceremonyPackage) {
    }

    record PartnerDetails(@NotBlank @Size(max = 200) String fullName,
                          @NotBlank @Email @Size(max = 254) String email,
                          @NotBlank @Size(max = 32) @Pattern(regexp = "\\+?[0-9 ()-]{6,32}") String phone,
                          @NotNull @Past LocalDate dateOfBirth) {
        Person toPerson() {
            return new Person(fullName.strip(), email.strip(), phone.strip(), dateOfBirth);
        }
    }

    record CeremonyDetails(@NotNull LocalDate date,
                           @NotNull LocalTime startTime,
                           @NotNull @Min(5) @Max(720) Integer durationMinutes,
                           @NotNull @Valid VenueDetails venue) {
        Ceremony toCeremony() {
            return new Ceremony(new TimeSlot(date, startTime, durationMinutes), venue.toVenue());
        }
    }

    record VenueDetails(@NotBlank @Size(max = 200) String name,
                        @NotBlank @Size(max = 300) String address,
                        @NotBlank @Size(max = 100) String suburb,
                        @NotBlank @Pattern(regexp = "[0-9]{4}") String postcode) {
        Venue toVenue() {
            return new Venue(name.strip(), address.strip(), suburb.strip(), postcode);
        }
    }

    record PackageDetails(@NotBlank @Size(max = 200) String name,
                          @NotNull @PositiveOrZero @Max(100_000_000) Long feeCents) {
        CeremonyPackage toPackage() {
            return new CeremonyPackage(name.strip(), feeCents);
        }
    }

    record NewSlot(@NotNull LocalDate date, @NotNull LocalTime startTime, @NotNull @Min(5) @Max(720) Integer durationMinutes) {
        TimeSlot toSlot() {
            return new TimeSlot(date, startTime, durationMinutes);
        }
    }

    record PlanDetails(@Size(max = 100_000) String script,
                       @Size(max = 20_000) String vowsPartner1,
                       @Size(max = 20_000) String vowsPartner2,
                       @Size(max = 50) List<@NotNull @Size(max = 2_000) String> readings,
                       @Size(max = 50) List<@NotNull @Size(max = 500) String> music) {
        CeremonyPlan toPlan() {
            return new CeremonyPlan(orEmpty(script), orEmpty(vowsPartner1), orEmpty(vowsPartner2), readings, music);
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }
    }

    record NoimDetails(@NotNull LocalDate receivedOn, @Valid ShorteningDetails shortening) {
    }

    record ShorteningDetails(@NotNull ShorteningGround ground,
                             @NotBlank @Size(max = 200) String authority,
                             @NotNull LocalDate grantedOn) {
        ShorteningOfTime toShortening() {
            return new ShorteningOfTime(ground, authority.strip(), grantedOn);
        }
    }

    record DeclarationDetails(@NotNull @Min(1) @Max(2) Integer partner, @NotNull LocalDate signedOn) {
    }

    record PerformanceDetails(@NotNull LocalDate performedOn,
                              @NotBlank @Size(max = 64) @Pattern(regexp = IDENTIFIER) String certificateSerial) {
    }

    record RegistrationDetails(@NotNull LocalDate lodgedOn,
                               @NotBlank @Size(max = 100) String registryReference) {
    }

    record CancellationDetails(@NotBlank @Size(max = 2_000) String reason, @NotNull CancelledBy cancelledBy) {
    }
}
