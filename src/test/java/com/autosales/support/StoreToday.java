package com.autosales.support;

import java.time.LocalDate;
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
}
