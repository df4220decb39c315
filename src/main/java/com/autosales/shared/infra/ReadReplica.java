package com.autosales.shared.infra;

import java.util.function.Supplier;

/**
 * Work that may read from the PostgreSQL read replica when one is configured ({@code autosales.replica.url}): the
 * reports, whose large reads then leave the primary to the daily work. Without a replica this runs on the primary as
 * everything else. Call it outside any transaction: a transaction already begun keeps its connection.
 */
public final class ReadReplica {

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private ReadReplica() {
    }

    public static <T> T read(Supplier<T> work) {
        Boolean before = READING.get();
        READING.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                READING.remove();
            }
        }
    }

    static boolean isReading() {
        return READING.get() != null;
    }
}
