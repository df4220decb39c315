package com.autosales.funnel;

import java.util.Map;

/** The record types the funnel knows and the page of each record; a type without a page is listed without a link. */
final class RecordLinks {

    static final String RECEPTION = "reception";
    static final String LEAD = "lead";
    static final String TEST_DRIVE = "testdrive";
    static final String QUOTE = "quote";

    private static final Map<String, String> PAGES = Map.of(
            RECEPTION, "/showroom/receptions/",
            LEAD, "/leads/",
            TEST_DRIVE, "/test-drives/",
            QUOTE, "/quotes/");

    private RecordLinks() {
    }

    /** The record's own page, or null when its type has none (yet). */
    static String of(String recordType, Long recordId) {
        String base = PAGES.get(recordType);
        return base == null ? null : base + recordId;
    }
}
