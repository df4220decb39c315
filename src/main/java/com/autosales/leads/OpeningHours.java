package com.autosales.leads;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The showroom's daily opening hours (every day of the week, as dealerships open at weekends): response times count
 * only minutes inside them, so a lead that arrives at night is due shortly after opening, not at 00:30.
 */
record OpeningHours(LocalTime opens, LocalTime closes, ZoneId zone) {

    /** The instant {@code minutes} opening minutes after {@code start}. */
    Instant plusOpenMinutes(Instant start, int minutes) {
        ZonedDateTime at = start.atZone(zone);
        long left = minutes;
        for (int day = 0; day < 400; day++) {
            LocalDate date = at.toLocalDate();
            ZonedDateTime open = date.atTime(opens).atZone(zone);
            ZonedDateTime close = date.atTime(closes).atZone(zone);
            ZonedDateTime from = at.isBefore(open) ? open : at;
            if (from.isBefore(close)) {
                long available = Duration.between(from, close).toMinutes();
                if (left <= available) {
                    return from.plusMinutes(left).toInstant();
                }
                left -= available;
            }
            at = date.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("opening hours never open");
    }

    /** Opening minutes between two instants (0 if {@code to} is not after {@code from}). */
    long openMinutesBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long seconds = 0;
        ZonedDateTime at = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        while (at.isBefore(end)) {
            LocalDate date = at.toLocalDate();
            ZonedDateTime open = date.atTime(opens).atZone(zone);
            ZonedDateTime close = date.atTime(closes).atZone(zone);
            ZonedDateTime a = at.isBefore(open) ? open : at;
            ZonedDateTime b = end.isBefore(close) ? end : close;
            if (a.isBefore(b)) {
                seconds += Duration.between(a, b).getSeconds();
            }
            at = date.plusDays(1).atStartOfDay(zone);
        }
        return seconds / 60;
    }
}
