package com.celebrantportal.api.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Marriage Act s42: the notice window of one calendar month to 18 months, over arbitrary dates. */
class NoimWindowProperties {

    private static final ShorteningOfTime GRANT = new ShorteningOfTime(ShorteningGround.MEDICAL,
            "Registrar, Melbourne Magistrates' Court", LocalDate.of(2000, 1, 1));

    @Property
    void theEarliestCeremonyIsTheSameDayOfTheNextMonthOrTheFirstOfTheMonthAfterWhenThatDayDoesNotExist(
            @ForAll("noticeDates") LocalDate receivedOn) {
        YearMonth next = YearMonth.from(receivedOn).plusMonths(1);
        LocalDate expected = receivedOn.getDayOfMonth() <= next.lengthOfMonth()
                ? next.atDay(receivedOn.getDayOfMonth())
                : next.plusMonths(1).atDay(1);

        assertThat(NoimWindow.receivedOn(receivedOn).earliestCeremonyDate()).isEqualTo(expected);
    }

    @Property
    void theEarliestCeremonyIs28To32DaysAfterTheNotice(@ForAll("noticeDates") LocalDate receivedOn) {
        long days = ChronoUnit.DAYS.between(receivedOn, NoimWindow.receivedOn(receivedOn).earliestCeremonyDate());

        assertThat(days).isBetween(28L, 32L);
    }

    @Property
    void theLatestCeremonyIsEighteenMonthsLaterEndingAtAShorterMonthsEnd(@ForAll("noticeDates") LocalDate receivedOn) {
        YearMonth month = YearMonth.from(receivedOn).plusMonths(18);
        LocalDate expected = month.atDay(Math.min(receivedOn.getDayOfMonth(), month.lengthOfMonth()));

        assertThat(NoimWindow.receivedOn(receivedOn).latestCeremonyDate()).isEqualTo(expected);
    }

    @Property
    void theWindowPermitsExactlyTheDatesFromTheEarliestToTheLatest(@ForAll("noticeDates") LocalDate receivedOn,
                                                                    @ForAll @IntRange(min = -40, max = 600) int daysAfter,
                                                                    @ForAll boolean shortened) {
        NoimWindow window = new NoimWindow(receivedOn, shortened ? Optional.of(GRANT) : Optional.empty());
        LocalDate ceremony = receivedOn.plusDays(daysAfter);
        boolean inside = !ceremony.isBefore(window.earliestCeremonyDate())
                && !ceremony.isAfter(window.latestCeremonyDate());

        assertThat(window.permits(ceremony)).isEqualTo(inside);
    }

    @Property
    void aShorteningOfTimeAllowsACeremonyFromTheNoticeButKeepsTheLatestDate(
            @ForAll("noticeDates") LocalDate receivedOn) {
        NoimWindow plain = NoimWindow.receivedOn(receivedOn);
        NoimWindow shortened = new NoimWindow(receivedOn, Optional.of(GRANT));

        assertThat(shortened.earliestCeremonyDate()).isEqualTo(receivedOn);
        assertThat(shortened.latestCeremonyDate()).isEqualTo(plain.latestCeremonyDate());
        assertThat(shortened.permits(receivedOn.minusDays(1))).isFalse();
    }

    /** Any date from 1990 to 2100, weighted towards month ends and the leap day, where the rule bends. */
    @Provide
    Arbitrary<LocalDate> noticeDates() {
        Arbitrary<YearMonth> months = Arbitraries.integers().between(1990, 2100)
                .flatMap(year -> Arbitraries.integers().between(1, 12).map(month -> YearMonth.of(year, month)));
        Arbitrary<LocalDate> anyDay = months.flatMap(month -> Arbitraries.integers()
                .between(1, month.lengthOfMonth()).map(month::atDay));
        Arbitrary<LocalDate> monthEnd = months.flatMap(month -> Arbitraries.integers().between(0, 3)
                .map(back -> month.atEndOfMonth().minusDays(back)));
        return Arbitraries.frequencyOf(
                Tuple.of(3, anyDay),
                Tuple.of(2, monthEnd));
    }

    @Example
    void aNoticeOn15JanuaryAllowsACeremonyFrom15February() {
        assertEarliest("2027-01-15", "2027-02-15");
    }

    @Example
    void aNoticeOn30Or31JanuaryAllowsACeremonyFrom1March() {
        assertEarliest("2027-01-30", "2027-03-01");
        assertEarliest("2027-01-31", "2027-03-01");
    }

    @Example
    void aNoticeOn29JanuaryInALeapYearAllowsACeremonyOn29February() {
        assertEarliest("2028-01-29", "2028-02-29");
        assertEarliest("2028-01-30", "2028-03-01");
    }

    @Example
    void aNoticeOn29JanuaryInACommonYearAllowsACeremonyFrom1March() {
        assertEarliest("2027-01-29", "2027-03-01");
    }

    @Example
    void aNoticeOn31MarchAllowsACeremonyFrom1May() {
        assertEarliest("2027-03-31", "2027-05-01");
    }

    @Example
    void aNoticeOn31DecemberAllowsACeremonyFrom31January() {
        assertEarliest("2026-12-31", "2027-01-31");
    }

    @Example
    void aNoticeOn31AugustAllowsACeremonyUntil28FebruaryTwoYearsLater() {
        assertLatest("2025-08-31", "2027-02-28");
    }

    @Example
    void aNoticeOn31AugustBeforeALeapYearAllowsACeremonyUntil29February() {
        assertLatest("2026-08-31", "2028-02-29");
    }

    @Example
    void aNoticeOn15JanuaryAllowsACeremonyUntil15JulyTheNextYear() {
        assertLatest("2027-01-15", "2028-07-15");
    }

    @Example
    void theFirstAndLastDaysOfTheWindowArePermittedAndTheDaysOutsideAreNot() {
        NoimWindow window = NoimWindow.receivedOn(LocalDate.parse("2027-01-15"));

        assertThat(window.permits(LocalDate.parse("2027-02-14"))).isFalse();
        assertThat(window.permits(LocalDate.parse("2027-02-15"))).isTrue();
        assertThat(window.permits(LocalDate.parse("2028-07-15"))).isTrue();
        assertThat(window.permits(LocalDate.parse("2028-07-16"))).isFalse();
    }

    private static void assertEarliest(String receivedOn, String earliest) {
        assertThat(NoimWindow.receivedOn(LocalDate.parse(receivedOn)).earliestCeremonyDate())
                .isEqualTo(LocalDate.parse(earliest));
    }

    private static void assertLatest(String receivedOn, String latest) {
        assertThat(NoimWindow.receivedOn(LocalDate.parse(receivedOn)).latestCeremonyDate())
                .isEqualTo(LocalDate.parse(latest));
    }
}
