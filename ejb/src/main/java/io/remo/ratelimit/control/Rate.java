package io.remo.ratelimit.control;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * A rate as configured: {@code capacity/period}, e.g. {@code 5/PT24H} for five requests per 24 hours.
 *
 * @param capacity how many requests a subject may make per period
 * @param period   the period, an ISO-8601 duration
 */
public record Rate(long capacity, Duration period) {

    public Rate {
        if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate needs a capacity of at least 1 and a positive period");
        }
    }

    /** @throws IllegalArgumentException when {@code text} is not {@code capacity/ISO-8601-duration} */
    public static Rate parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("rate '" + text + "' is not of the form capacity/ISO-8601-duration");
        }
        try {
            return new Rate(Long.parseLong(text.substring(0, slash).trim()), Duration.parse(text.substring(slash + 1).trim()));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("rate '" + text + "' is not of the form capacity/ISO-8601-duration", e);
        }
    }

    /** The canonical form, {@code 5/PT24H}: part of every bucket's key, so a changed rate starts fresh buckets. */
    @Override
    public String toString() {
        return capacity + "/" + period;
    }
}
