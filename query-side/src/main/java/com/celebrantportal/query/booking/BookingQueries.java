package com.celebrantportal.query.booking;

import com.celebrantportal.api.booking.BookingStatus;
import com.celebrantportal.api.booking.Partner;
import com.celebrantportal.query.booking.BookingAnswers.ComplianceItem;
import com.celebrantportal.query.booking.BookingAnswers.ComplianceReport;
import com.celebrantportal.query.paging.CursorPage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the booking read model: the list, one booking, the calendar and the compliance report. */
@Component
@Transactional(readOnly = true)
class BookingQueries {

    /** How far ahead the compliance report looks for notices and declarations, in days. */
    static final int COMPLIANCE_HORIZON_DAYS = 30;
    /** Bookings whose paperwork is still being gathered. */
    static final List<BookingStatus> ACTIVE = List.of(BookingStatus.ENQUIRY, BookingStatus.CONFIRMED);

    private final EntityManager entityManager;
    private final BookingViewRepository bookings;

    BookingQueries(EntityManager entityManager, BookingViewRepository bookings) {
        this.entityManager = entityManager;
        this.bookings = bookings;
    }

    Optional<BookingView> booking(String bookingId) {
        return bookings.findById(bookingId);
    }

    /** The version of a booking in the read model; empty while the booking is not there (yet). */
    Optional<Long> version(String bookingId) {
        return bookings.findVersion(bookingId);
    }

    CursorPage<BookingAnswers.BookingSummary> list(BookingFilter filter, int limit, BookingListKey after) {
        List<BookingView> rows = select(limit + 1, (cb, booking) -> {
            List<Predicate> where = new ArrayList<>();
            forCelebrant(cb, booking, filter.celebrantId(), where);
            if (filter.status() != null) {
                where.add(cb.equal(booking.get("status"), filter.status()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(booking.get("ceremonyDate"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThanOrEqualTo(booking.get("ceremonyDate"), filter.to()));
            }
            if (filter.text() != null) {
                where.add(containsText(cb, booking, filter.text()));
            }
            if (after != null) {
                where.add(after(cb, booking, after));
            }
            return where;
        }, inListOrder());
        boolean more = rows.size() > limit;
        List<BookingView> page = more ? rows.subList(0, limit) : rows;
        String next = more ? BookingListKey.of(page.get(page.size() - 1)).toCursor() : null;
        return new CursorPage<>(page.stream().map(BookingAnswers.BookingSummary::of).toList(), next);
    }

    /** Ceremonies from one date to another, inclusive, in list order; cancelled bookings are left out. */
    List<BookingView> calendar(LocalDate from, LocalDate to, String celebrantId) {
        return select(Integer.MAX_VALUE, (cb, booking) -> {
            List<Predicate> where = new ArrayList<>(List.of(
                    cb.between(booking.get("ceremonyDate"), from, to),
                    cb.notEqual(booking.get("status"), BookingStatus.CANCELLED)));
            forCelebrant(cb, booking, celebrantId, where);
            return where;
        }, inListOrder());
    }

    ComplianceReport compliance(LocalDate today, String celebrantId) {
        LocalDate horizon = today.plusDays(COMPLIANCE_HORIZON_DAYS);
        List<ComplianceItem> noims = select(Integer.MAX_VALUE, (cb, booking) -> {
            List<Predicate> where = new ArrayList<>(List.of(
                    booking.get("status").in(ACTIVE),
                    cb.isNull(booking.get("noimReceivedOn")),
                    cb.lessThanOrEqualTo(booking.get("noimDueBy"), horizon)));
            forCelebrant(cb, booking, celebrantId, where);
            return where;
        }, by("noimDueBy")).stream()
                .map(booking -> ComplianceItem.of(booking, booking.noimDueBy())
                        .overdue(booking.noimDueBy().isBefore(today)))
                .toList();
        List<ComplianceItem> declarations = select(Integer.MAX_VALUE, (cb, booking) -> {
            List<Predicate> where = new ArrayList<>(List.of(
                    booking.get("status").in(ACTIVE),
                    cb.between(booking.get("ceremonyDate"), today, horizon),
                    cb.or(cb.isNull(booking.get("partner1DeclaredOn")), cb.isNull(booking.get("partner2DeclaredOn")))));
            forCelebrant(cb, booking, celebrantId, where);
            return where;
        }, inListOrder()).stream()
                .map(booking -> ComplianceItem.of(booking, booking.slot().date())
                        .withoutDeclaration(Arrays.stream(Partner.values())
                                .filter(partner -> booking.declaredOn(partner).isEmpty())
                                .map(Partner::number)
                                .toList()))
                .toList();
        List<ComplianceItem> performed = select(Integer.MAX_VALUE, (cb, booking) -> {
            List<Predicate> where = new ArrayList<>(List.of(cb.equal(booking.get("status"), BookingStatus.PERFORMED)));
            forCelebrant(cb, booking, celebrantId, where);
            return where;
        }, by("registrationDueBy")).stream()
                .map(booking -> ComplianceItem.of(booking, booking.registrationDueBy().orElseThrow()))
                .toList();
        return new ComplianceReport(today, noims, declarations,
                performed.stream().filter(item -> !item.dueBy().isBefore(today)).toList(),
                performed.stream().filter(item -> item.dueBy().isBefore(today)).toList());
    }

    private List<BookingView> select(int limit,
                                     BiFunction<CriteriaBuilder, Root<BookingView>, List<Predicate>> where,
                                     BiFunction<CriteriaBuilder, Root<BookingView>, List<Order>> order) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<BookingView> query = cb.createQuery(BookingView.class);
        Root<BookingView> booking = query.from(BookingView.class);
        query.where(where.apply(cb, booking).toArray(Predicate[]::new)).orderBy(order.apply(cb, booking));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }

    private static BiFunction<CriteriaBuilder, Root<BookingView>, List<Order>> inListOrder() {
        return (cb, booking) -> List.of(cb.asc(booking.get("ceremonyDate")), cb.asc(booking.get("startTime")),
                cb.asc(booking.get("bookingId")));
    }

    private static BiFunction<CriteriaBuilder, Root<BookingView>, List<Order>> by(String dueDate) {
        return (cb, booking) -> List.of(cb.asc(booking.get(dueDate)), cb.asc(booking.get("bookingId")));
    }

    private static void forCelebrant(CriteriaBuilder cb, Root<BookingView> booking, String celebrantId,
                                     List<Predicate> where) {
        if (celebrantId != null && !celebrantId.isBlank()) {
            where.add(cb.equal(booking.get("celebrantId"), celebrantId.strip()));
        }
    }

    /** Rows strictly after the key in list order: the next page of a keyset-paged list. */
    private static Predicate after(CriteriaBuilder cb, Root<BookingView> booking, BookingListKey key) {
        Path<LocalDate> date = booking.get("ceremonyDate");
        Path<LocalTime> startTime = booking.get("startTime");
        Path<String> id = booking.get("bookingId");
        return cb.or(
                cb.greaterThan(date, key.date()),
                cb.and(cb.equal(date, key.date()), cb.greaterThan(startTime, key.startTime())),
                cb.and(cb.equal(date, key.date()), cb.equal(startTime, key.startTime()), cb.greaterThan(id, key.bookingId())));
    }

    private static Predicate containsText(CriteriaBuilder cb, Root<BookingView> booking, String text) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Predicate> anyOf = new ArrayList<>();
        for (String field : List.of("partner1FullName", "partner2FullName", "venueName", "venueSuburb")) {
            Expression<String> value = cb.lower(booking.get(field));
            anyOf.add(cb.like(value, pattern, '\\'));
        }
        return cb.or(anyOf.toArray(Predicate[]::new));
    }
}
