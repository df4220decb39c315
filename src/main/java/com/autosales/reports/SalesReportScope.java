package com.autosales.reports;

import com.autosales.access.RecordScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The reader's data scope as a where condition over a table's store and owner columns (never a null parameter). */
final class SalesReportScope {

    private SalesReportScope() {
    }

    static String where(RecordScope scope, String storeColumn, String ownerColumn, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder("1 = 1");
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
