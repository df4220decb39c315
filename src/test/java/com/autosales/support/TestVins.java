package com.autosales.support;

import com.autosales.shared.Vin;
import java.util.concurrent.atomic.AtomicInteger;

/** VINs no demo car and no other test uses: a test manufacturer code, a serial per call, the check digit computed. */
public final class TestVins {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 500_000));

    private TestVins() {
    }

    public static Vin fresh() {
        String draft = "LTESTAB10TN" + String.format("%06d", SERIAL.incrementAndGet() % 1_000_000);
        return Vin.of(draft.substring(0, 8) + Vin.checkDigitOf(draft) + draft.substring(9));
    }
}
