package com.autosales.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Today as the app counts it: in the dealership's time zone ({@code autosales.time-zone}, Asia/Shanghai), not the
 * machine's. From 16:00 UTC on it is already tomorrow there, and a payment dated with the machine's day lands on the
 * day before the one the app (and the test) looks at.
 */
public final class StoreToday {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private StoreToday() {
    }

    public static LocalDate date() {
        return LocalDate.now(ZONE);
    }

    /**
     * A moment {@code minutes} before now on the app's clock, to the minute, but not before today's midnight: a test
     * that logs something "30 minutes ago" and looks for it among today's records must not cross into yesterday when
     * it runs just after midnight in the store.
     */
    public static LocalDateTime minutesAgo(Clock clock, int minutes) {
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        LocalDateTime earlier = now.minusMinutes(minutes);
        LocalDateTime midnight = now.toLocalDate().atStartOfDay();
        return earlier.isBefore(midnight) ? midnight : earlier;
    }
}
