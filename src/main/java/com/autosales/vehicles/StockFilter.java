package com.autosales.vehicles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The stock list's filters, each optional: status, model or trim, exterior colour, age bucket, part of the VIN.
 * The same filter serves the page, the API and the Excel export.
 */
record StockFilter(StockStatus status, Long modelId, Long trimId, String colour, AgeBucket age, String vin) {

    static final StockFilter NONE = new StockFilter(null, null, null, null, null, null);

    StockFilter {
        colour = colour == null || colour.isBlank() ? null : colour.trim();
        vin = vin == null || vin.isBlank() ? null : vin.trim().toUpperCase(Locale.ROOT);
    }

    /** For {@code like}: the VIN fragment anywhere, or {@code null}. */
    String vinPattern() {
        return vin == null ? null : "%" + vin.replace("%", "").replace("_", "") + "%";
    }

    /** The filter as a query string (without paging), for links and the export. */
    public String query() {
        StringBuilder q = new StringBuilder();
        add(q, "status", status);
        add(q, "modelId", modelId);
        add(q, "trimId", trimId);
        add(q, "colour", colour);
        add(q, "age", age);
        add(q, "vin", vin);
        return q.toString();
    }

    private static void add(StringBuilder q, String name, Object value) {
        if (value != null) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
