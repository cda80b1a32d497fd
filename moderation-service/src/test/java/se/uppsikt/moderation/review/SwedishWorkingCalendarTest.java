package se.uppsikt.moderation.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishWorkingCalendarTest {

    private final SwedishWorkingCalendar calendar = new SwedishWorkingCalendar();

    private static Instant swedish(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SwedishWorkingCalendar.SWEDEN).toInstant();
    }

    private Duration ageAt(Clock clock, String publishedLocal) {
        return calendar.workingTimeBetween(swedish(publishedLocal), clock.instant());
    }

    private static Clock clockAt(String localDateTime) {
        return Clock.fixed(swedish(localDateTime), ZoneOffset.UTC);
    }

    @ParameterizedTest
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
            "2038, 2038-04-25", "2285, 2285-03-22", "2000, 2000-04-23"})
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertEquals(easter, SwedishWorkingCalendar.easterSunday(year));
    }

    @ParameterizedTest
    @CsvSource({"2026-01-01, nyårsdagen", "2026-01-06, trettondedag jul", "2026-04-03, långfredagen",
            "2026-04-06, annandag påsk", "2026-05-01, första maj", "2026-05-14, Kristi himmelsfärdsdag",
            "2026-05-24, pingstdagen", "2026-06-06, Sveriges nationaldag", "2026-06-19, midsommarafton",
            "2026-06-20, midsommardagen", "2026-10-31, alla helgons dag", "2026-12-24, julafton",
            "2026-12-25, juldagen", "2026-12-26, annandag jul", "2026-12-31, nyårsafton",
            "2025-06-20, midsommarafton", "2025-11-01, alla helgons dag", "2025-05-29, Kristi himmelsfärdsdag",
            "2027-06-25, midsommarafton", "2027-11-06, alla helgons dag"})
    void swedishHolidaysAreComputedForEachYear(LocalDate day, String name) {
        assertEquals(name, calendar.holidays(day.getYear()).get(day));
        assertFalse(calendar.isWorkingDay(day));
    }

    @Test
    void ordinaryWeekdaysWorkWeekendsDoNot() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 27)), "a Friday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 6, 18)), "the Thursday before midsommarafton");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 4, 7)), "the Tuesday after Easter");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 28)), "a Saturday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 29)), "a Sunday");
    }

    @Test
    void aWeekendDoesNotCountTowardsTheAge() {
        // Published Friday 15:00; by Monday 14:00 a day of working time has not passed yet, by 16:00 it has.
        assertEquals(Duration.ofHours(23), ageAt(clockAt("2026-11-23T14:00"), "2026-11-20T15:00"));
        assertEquals(Duration.ofHours(25), ageAt(clockAt("2026-11-23T16:00"), "2026-11-20T15:00"));
    }

    @Test
    void easterFromLongFridayToEasterMondayDoesNotCount() {
        // Maundy Thursday 20:00 to the Tuesday after Easter 05:00: four hours on Thursday, five on Tuesday.
        assertEquals(Duration.ofHours(9), ageAt(clockAt("2026-04-07T05:00"), "2026-04-02T20:00"));
        assertEquals(Duration.ofHours(4), ageAt(clockAt("2026-04-06T23:59"), "2026-04-02T20:00"));
    }

    @Test
    void midsummerAndChristmasEvesDoNotCount() {
        assertEquals(Duration.ofHours(24), ageAt(clockAt("2026-06-22T12:00"), "2026-06-18T12:00"));
        assertEquals(Duration.ofHours(12), ageAt(clockAt("2026-12-28T06:00"), "2026-12-23T18:00"));
    }

    @Test
    void itemPublishedOnAWeekendStartsCountingOnMonday() {
        assertEquals(Duration.ofHours(3), ageAt(clockAt("2026-11-30T03:00"), "2026-11-28T10:00"));
    }

    @Test
    void nothingHasPassedWhenNowIsNotAfterPublication() {
        Instant at = swedish("2026-11-25T10:00");
        assertEquals(Duration.ZERO, calendar.workingTimeBetween(at, at));
        assertEquals(Duration.ZERO, calendar.workingTimeBetween(at, at.minusSeconds(60)));
    }

    @Test
    void aWeekdayIsTwentyFourWorkingHoursAcrossDaylightSavingWeeks() {
        // Monday to Monday around the end of summer time (Sunday 25 October 2026): five working days.
        assertEquals(Duration.ofHours(5 * 24), ageAt(clockAt("2026-10-26T00:00"), "2026-10-19T00:00"));
    }
}
