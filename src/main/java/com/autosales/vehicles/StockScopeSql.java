package com.autosales.vehicles;

import com.autosales.access.RecordScope;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The reader's stores as a condition of a stock query (stock belongs to a store, not to a person). */
final class StockScopeSql {

    private StockScopeSql() {
    }

    /** {@code " and <column> in (:storeIds)"} unless the reader sees every store; the parameter added. */
    static String andStoreIn(String column, RecordScope scope, MapSqlParameterSource params) {
        if (scope.allStores()) {
            return "";
        }
        params.addValue("storeIds", scope.storeIdsForQuery());
        return " and " + column + " in (:storeIds)";
    }

    /** An instant as every database binds it to a {@code timestamp with time zone}. */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
