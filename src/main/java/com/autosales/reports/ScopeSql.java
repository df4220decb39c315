package com.autosales.reports;

import com.autosales.access.RecordScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The reader's data scope as SQL conditions ({@code " and ..."}) on a store column and an owner column. */
final class ScopeSql {

    private ScopeSql() {
    }

    static String and(RecordScope scope, String storeColumn, String ownerColumn, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder();
        if (!scope.allStores()) {
            sql.append(" and ").append(storeColumn).append(" in (:scopeStores)");
            params.addValue("scopeStores", scope.storeIdsForQuery());
        }
        if (!scope.allOwners()) {
            sql.append(" and ").append(ownerColumn).append(" in (:scopeOwners)");
            params.addValue("scopeOwners", scope.ownerIdsForQuery());
        }
        return sql.toString();
    }
}
