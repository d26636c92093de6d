package com.celebrantportal.query.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.celebrantportal.api.booking.BookingConfirmed;
import com.celebrantportal.api.booking.BookingRequested;
import com.celebrantportal.api.booking.Ceremony;
import com.celebrantportal.api.booking.CeremonyPackage;
import com.celebrantportal.api.booking.CeremonyRescheduled;
import com.celebrantportal.api.booking.DeclarationSigned;
import com.celebrantportal.api.booking.Partner;
import com.celebrantportal.api.booking.Person;
import com.celebrantportal.api.booking.TimeSlot;
import com.celebrantportal.api.booking.Venue;
import com.celebrantportal.query.booking.BookingAnswers.BookingDetail;
import com.celebrantportal.query.consistency.QueryProperties;
import com.celebrantportal.query.consistency.ReadModelChanges;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BookingProjectionTest {

    private static final String ID = "booking-1";
    private static final BookingRequested REQUESTED = new BookingRequested(ID, "cel-1",
            new Person("Alex Smith", "alex@example.com", "0400 123 456", LocalDate.of(1990, 5, 17)),
            new Person("Sam Jones", "sam@example.com", "0400 654 321", LocalDate.of(1991, 2, 3)),
            new Ceremony(new TimeSlot(LocalDate.of(2027, 3, 20), LocalTime.of(15, 0), 60),
                    new Venue("Fitzroy Gardens", "Wellington Pde", "East Melbourne", "3002")),
            new CeremonyPackage("Classic", 95_000), Instant.parse("2026-12-01T01:00:00Z"));

    /** The table, in memory: rows by booking id. */
    private final Map<String, BookingView> rows = new HashMap<>();
    private final BookingProjection projection = new BookingProjection(inMemory(rows),
            new ReadModelChanges(new QueryProperties(Duration.ofSeconds(2))));

    @Test
    void theSameEventAppliedTwiceLeavesTheSameRow() {
        projection.on(REQUESTED, 0);
        projection.on(new BookingConfirmed(ID, Instant.parse("2026-12-02T01:00:00Z")), 1);
        projection.on(new DeclarationSigned(ID, Partner.PARTNER_1, LocalDate.of(2026, 12, 3)), 2);
        BookingDetail once = detail();

        projection.on(REQUESTED, 0);
        projection.on(new BookingConfirmed(ID, Instant.parse("2026-12-09T01:00:00Z")), 1);
        projection.on(new DeclarationSigned(ID, Partner.PARTNER_1, LocalDate.of(2026, 12, 9)), 2);

        assertThat(detail()).isEqualTo(once);
        assertThat(once.version()).isEqualTo(3);
        assertThat(once.compliance().declarations().partner1()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void anOlderEventRedeliveredAfterANewerOneChangesNothing() {
        projection.on(REQUESTED, 0);
        projection.on(new CeremonyRescheduled(ID, new TimeSlot(LocalDate.of(2027, 3, 31), LocalTime.of(11, 0), 45)), 1);
        projection.on(new CeremonyRescheduled(ID, new TimeSlot(LocalDate.of(2027, 4, 2), LocalTime.of(12, 0), 30)), 2);

        projection.on(new CeremonyRescheduled(ID, new TimeSlot(LocalDate.of(2027, 3, 31), LocalTime.of(11, 0), 45)), 1);

        assertThat(detail().ceremony().date()).isEqualTo(LocalDate.of(2027, 4, 2));
        assertThat(detail().compliance().noimDueBy()).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(detail().version()).isEqualTo(3);
    }

    @Test
    void anEventForABookingNotInTheReadModelFailsSoItIsRetriedNotLost() {
        assertThatThrownBy(() -> projection.on(new BookingConfirmed("unknown", Instant.now()), 1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aResetEmptiesTheReadModelForAReplay() {
        projection.on(REQUESTED, 0);

        projection.reset();

        assertThat(rows).isEmpty();
    }

    private BookingDetail detail() {
        return BookingDetail.of(rows.get(ID));
    }

    /** The few repository methods the projection uses, over a map. */
    private static BookingViewRepository inMemory(Map<String, BookingView> rows) {
        return (BookingViewRepository) Proxy.newProxyInstance(BookingViewRepository.class.getClassLoader(),
                new Class<?>[] {BookingViewRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "existsById" -> rows.containsKey((String) args[0]);
                    case "findById" -> Optional.ofNullable(rows.get((String) args[0]));
                    case "save" -> {
                        BookingView row = (BookingView) args[0];
                        rows.put(row.bookingId(), row);
                        yield row;
                    }
                    case "deleteAllInBatch" -> {
                        rows.clear();
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
