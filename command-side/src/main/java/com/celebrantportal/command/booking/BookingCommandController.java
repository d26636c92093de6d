package com.celebrantportal.command.booking;

import com.celebrantportal.api.booking.CancelBooking;
import com.celebrantportal.api.booking.ConfirmBooking;
import com.celebrantportal.api.booking.LodgeNoim;
import com.celebrantportal.api.booking.Partner;
import com.celebrantportal.api.booking.RecordCeremonyPerformed;
import com.celebrantportal.api.booking.RecordRegistration;
import com.celebrantportal.api.booking.RequestBooking;
import com.celebrantportal.api.booking.RescheduleCeremony;
import com.celebrantportal.api.booking.SignDeclaration;
import com.celebrantportal.api.booking.UpdateCeremonyPlan;
import com.celebrantportal.api.messaging.AggregateVersion;
import com.celebrantportal.command.booking.BookingRequests.CancellationDetails;
import com.celebrantportal.command.booking.BookingRequests.DeclarationDetails;
import com.celebrantportal.command.booking.BookingRequests.NewBooking;
import com.celebrantportal.command.booking.BookingRequests.NewSlot;
import com.celebrantportal.command.booking.BookingRequests.NoimDetails;
import com.celebrantportal.command.booking.BookingRequests.PerformanceDetails;
import com.celebrantportal.command.booking.BookingRequests.PlanDetails;
import com.celebrantportal.command.booking.BookingRequests.RegistrationDetails;
import com.celebrantportal.command.dispatch.CommandAccepted;
import com.celebrantportal.command.dispatch.CommandDispatcher;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Booking commands over HTTP: translates requests into commands and answers with the new version. */
@RestController
@RequestMapping("/api/v1/bookings")
@Tag(name = "Booking commands")
class BookingCommandController {

    private final CommandDispatcher dispatcher;

    BookingCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping
    @Operation(summary = "Request a booking (an enquiry)")
    ResponseEntity<CommandAccepted> request(@Valid @RequestBody NewBooking body, HttpServletRequest request) {
        String bookingId = UUID.randomUUID().toString();
        dispatcher.send(new RequestBooking(bookingId, body.celebrantId(), body.partner1().toPerson(),
                body.partner2().toPerson(), body.ceremony().toCeremony(), body.ceremonyPackage().toPackage()), request);
        long version = AggregateVersion.fromSequenceNumber(0);
        return ResponseEntity.created(URI.create("/api/v1/bookings/" + bookingId))
                .eTag(AggregateVersion.etag(version))
                .body(new CommandAccepted(bookingId, version));
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Confirm the booking")
    ResponseEntity<CommandAccepted> confirm(@PathVariable String id,
                                            @RequestBody(required = false) Map<String, Object> body,
                                            @RequestHeader HttpHeaders headers, HttpServletRequest request) {
        // the body is {} (or absent); reading it still rejects malformed JSON like every other command
        return send(id, headers, request, expected -> new ConfirmBooking(id, expected));
    }

    @PostMapping("/{id}/reschedule")
    @Operation(summary = "Move the ceremony to another slot")
    ResponseEntity<CommandAccepted> reschedule(@PathVariable String id, @Valid @RequestBody NewSlot body,
                                               @RequestHeader HttpHeaders headers, HttpServletRequest request) {
        return send(id, headers, request, expected -> new RescheduleCeremony(id, expected, body.toSlot()));
    }

    @PutMapping("/{id}/ceremony-plan")
    @Operation(summary = "Replace the ceremony plan")
    ResponseEntity<CommandAccepted> ceremonyPlan(@PathVariable String id, @Valid @RequestBody PlanDetails body,
                                                 @RequestHeader HttpHeaders headers, HttpServletRequest request) {
        return send(id, headers, request, expected -> new UpdateCeremonyPlan(id, expected, body.toPlan()));
    }

    @PostMapping("/{id}/noim")
    @Operation(summary = "Record the Notice of Intended Marriage as received")
    ResponseEntity<CommandAccepted> noim(@PathVariable String id, @Valid @RequestBody NoimDetails body,
                                         @RequestHeader HttpHeaders headers, HttpServletRequest request) {
        return send(id, headers, request, expected -> new LodgeNoim(id, expected, body.receivedOn(),
                Optional.ofNullable(body.shortening()).map(BookingRequests.ShorteningDetails::toShortening)));
    }

    @PostMapping("/{id}/declarations")
    @Operation(summary = "Record a partner's declaration of no legal impediment")
    ResponseEntity<CommandAccepted> declaration(@PathVariable String id, @Valid @RequestBody DeclarationDetails body,
                                                @RequestHeader HttpHeaders headers, HttpServletRequest request) {
        return send(id, headers, request,
                expected -> new SignDeclaration(id, expected, Partner.ofNumber(body.partner()), body.signedOn()));
    }

    @PostMapping("/{id}/performed")
    @Operation(summary = "Record the marriage as performed, with its Form 15 serial")
    ResponseEntity<CommandAccepted> performed(@PathVariable String id, @Valid @RequestBody PerformanceDetails body,
                                              @RequestHeader HttpHeaders headers, HttpServletRequest request) {
        return send(id, headers, request,
                expected -> new RecordCeremonyPerformed(id, expected, body.performedOn(), body.certificateSerial()));
    }

    @PostMapping("/{id}/registration")
    @Operation(summary = "Record the lodgement with the registry (late after 14 days)")
    ResponseEntity<CommandAccepted> registration(@PathVariable String id, @Valid @RequestBody RegistrationDetails body,
                                                 @RequestHeader HttpHeaders headers, HttpServletRequest request) {
        return send(id, headers, request,
                expected -> new RecordRegistration(id, expected, body.lodgedOn(), body.registryReference().strip()));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel the booking before the ceremony")
    ResponseEntity<CommandAccepted> cancel(@PathVariable String id, @Valid @RequestBody CancellationDetails body,
                                           @RequestHeader HttpHeaders headers, HttpServletRequest request) {
        return send(id, headers, request,
                expected -> new CancelBooking(id, expected, body.reason().strip(), body.cancelledBy()));
    }

    private ResponseEntity<CommandAccepted> send(String id, HttpHeaders headers, HttpServletRequest request,
                                                 Function<Long, Object> command) {
        Long expected = AggregateVersion.expectedSequenceFromIfMatch(headers.getFirst(HttpHeaders.IF_MATCH));
        long sequence = dispatcher.<Long>send(command.apply(expected), request);
        long version = AggregateVersion.fromSequenceNumber(sequence);
        return ResponseEntity.ok().eTag(AggregateVersion.etag(version)).body(new CommandAccepted(id, version));
    }
}
