package se.uppsikt.moderation.review;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

/**
 * Swedish working time, for the review threshold "24 hours, working days" (req. 15). A working day is Monday to
 * Friday unless it is an allmän helgdag (lagen (1989:253) om allmänna helgdagar) or one of the eves that lagen
 * (1930:173) om beräkning av lagstadgad tid treats like one (midsommarafton, julafton, nyårsafton). Every hour of a
 * working day in Europe/Stockholm counts, so 24 working hours is one working day whatever the office hours: the
 * duty to keep watch is not limited to office hours, but weekends and holidays do not eat into the threshold.
 */
@Singleton
public final class SwedishWorkingCalendar {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final Map<Integer, Map<LocalDate, String>> holidaysByYear = new ConcurrentHashMap<>();

    /** The working time that passed between two instants; zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(SWEDEN).toLocalDate();
        for (LocalDate day = from.atZone(SWEDEN).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            // Day boundaries in Swedish time, so the 23- and 25-hour days of daylight saving count as they are.
            Instant dayStart = day.atStartOfDay(SWEDEN).toInstant();
            Instant dayEnd = day.plusDays(1).atStartOfDay(SWEDEN).toInstant();
            Instant start = from.isAfter(dayStart) ? from : dayStart;
            Instant end = to.isBefore(dayEnd) ? to : dayEnd;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY
                && !holidays(day.getYear()).containsKey(day);
    }

    /** The days off of a year that are not simply weekends, with their Swedish names. */
    public Map<LocalDate, String> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, SwedishWorkingCalendar::computeHolidays);
    }

    private static Map<LocalDate, String> computeHolidays(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "nyårsdagen");
        days.put(LocalDate.of(year, Month.JANUARY, 6), "trettondedag jul");
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "långfredagen");
        days.put(easter.minusDays(1), "påskafton");
        days.put(easter, "påskdagen");
        days.put(easter.plusDays(1), "annandag påsk");
        days.put(LocalDate.of(year, Month.MAY, 1), "första maj");
        days.put(easter.plusDays(39), "Kristi himmelsfärdsdag");
        days.put(easter.plusDays(49), "pingstdagen");
        days.put(LocalDate.of(year, Month.JUNE, 6), "Sveriges nationaldag");
        // Midsommardagen is the Saturday between 20 and 26 June; its eve is the Friday before.
        LocalDate midsummerDay = LocalDate.of(year, Month.JUNE, 20).with(TemporalAdjusters.nextOrSame(
                DayOfWeek.SATURDAY));
        days.put(midsummerDay.minusDays(1), "midsommarafton");
        days.put(midsummerDay, "midsommardagen");
        // Alla helgons dag is the Saturday between 31 October and 6 November.
        days.put(LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)),
                "alla helgons dag");
        days.put(LocalDate.of(year, Month.DECEMBER, 24), "julafton");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "juldagen");
        days.put(LocalDate.of(year, Month.DECEMBER, 26), "annandag jul");
        days.put(LocalDate.of(year, Month.DECEMBER, 31), "nyårsafton");
        return Map.copyOf(days);
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
