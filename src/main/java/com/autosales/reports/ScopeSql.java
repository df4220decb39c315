package com.autosales.reports;

import java.util.HashMap;
import java.util.Map;
import com.autosales.access.RecordScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The reader's data scope as SQL conditions ({@code " and ..."}) on a store column and an owner column. */
final class ScopeSql {

    private ScopeSql() {
    }

    static String and(RecordScope scope, String storeColumn, String ownerColumn, MapSqlParameterSource params) {
        Map<String, Object> values = new HashMap<>();
        String sql = scope.andWithin(storeColumn, ownerColumn, values);
        params.addValues(values);
        return sql;
    }

    /** The same as a whole condition ({@code "1 = 1 and ..."}). */
    static String where(RecordScope scope, String storeColumn, String ownerColumn, MapSqlParameterSource params) {
        return "1 = 1" + and(scope, storeColumn, ownerColumn, params);
    }
}
