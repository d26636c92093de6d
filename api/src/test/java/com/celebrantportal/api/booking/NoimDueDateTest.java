package com.celebrantportal.api.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoimDueDateTest {

    @ParameterizedTest(name = "a ceremony on {0} needs the notice by {1}")
    @CsvSource({
            "2027-03-15, 2027-02-15",
            // notices from 29 January to 1 February all allow 1 March at the earliest
            "2027-03-01, 2027-02-01",
            "2027-02-28, 2027-01-28",
            // February has no 29th to 31st: the last notice day is its last day
            "2027-03-31, 2027-02-28",
            "2027-03-29, 2027-02-28",
            "2028-03-30, 2028-02-29",
            "2027-05-01, 2027-04-01",
            "2027-04-30, 2027-03-30",
            "2027-01-31, 2026-12-31"
    })
    void theNoticeIsDueOnTheLastDayWhoseOneMonthPeriodEndsByTheCeremony(LocalDate ceremony, LocalDate dueBy) {
        assertThat(NoimWindow.latestNoticeDateFor(ceremony)).isEqualTo(dueBy);
    }

    @Property
    void aNoticeOnTheDueDateAllowsTheCeremonyAndOneDayLaterDoesNot(
            @ForAll @DateRange(min = "2020-01-01", max = "2035-12-31") LocalDate ceremony) {
        LocalDate dueBy = NoimWindow.latestNoticeDateFor(ceremony);

        assertThat(NoimWindow.receivedOn(dueBy).permits(ceremony)).isTrue();
        assertThat(NoimWindow.receivedOn(dueBy.plusDays(1)).permits(ceremony)).isFalse();
    }
}
