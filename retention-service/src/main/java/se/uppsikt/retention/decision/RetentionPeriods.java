package se.uppsikt.retention.decision;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a gallringsfrist written as an ISO-8601 period. Decisions state their frist in years, months or days
 * ("två år", "sex månader"), which is exactly what {@link Period} holds; a duration in hours would be a mistake.
 */
final class RetentionPeriods {

    private RetentionPeriods() {
    }

    /** The period, if the text is one and it is longer than nothing; a zero or negative frist authorises nothing. */
    static Optional<Period> parsePositive(String text) {
        try {
            Period period = Period.parse(text.strip());
            return period.isZero() || period.isNegative() ? Optional.empty() : Optional.of(period);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
