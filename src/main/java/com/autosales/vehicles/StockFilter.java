package com.autosales.vehicles;

import com.autosales.shared.web.QueryString;
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
        return new QueryString().add("status", status).add("modelId", modelId).add("trimId", trimId)
                .add("colour", colour).add("age", age).add("vin", vin).toString();
    }
}
