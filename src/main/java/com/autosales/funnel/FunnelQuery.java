package com.autosales.funnel;

import com.autosales.access.RecordScope;
import java.time.Instant;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The conditions every funnel read shares, so counts and drill-down always agree: the reader's data scope (stores
 * and consultants), the period [start, end), and the optional consultant and source.
 */
record FunnelQuery(RecordScope scope, Instant start, Instant end, Long consultantId, FunnelSource source) {

    /** The where clause over {@code funnel_entry e}, its parameters added to {@code params}. */
    String where(MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder("e.occurred_at >= :start and e.occurred_at < :end");
        params.addValue("start", FunnelEntries.utc(start)).addValue("end", FunnelEntries.utc(end));
        if (!scope.allStores()) {
            sql.append(" and e.store_id in (:storeIds)");
            params.addValue("storeIds", scope.storeIdsForQuery());
        }
        if (!scope.allOwners()) {
            sql.append(" and e.consultant_employee_id in (:ownerIds)");
            params.addValue("ownerIds", scope.ownerIdsForQuery());
        }
        if (consultantId != null) {
            sql.append(" and e.consultant_employee_id = :consultantId");
            params.addValue("consultantId", consultantId);
        }
        if (source != null) {
            sql.append(" and e.source = :source");
            params.addValue("source", source.name());
        }
        return sql.toString();
    }
}
