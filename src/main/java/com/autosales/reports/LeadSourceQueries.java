package com.autosales.reports;

import com.autosales.funnel.FunnelSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the lead source ROI report reads: the funnel's leads, test drives, orders and deliveries of the period per
 * source (the funnel's own counting, in the reader's scope), the gross margin of those deliveries, and the entered
 * marketing cost of the period's months.
 */
@Repository
class LeadSourceQueries {

    /** A source's funnel counts and the gross margin of its deliveries. */
    record Funnel(long leads, long testDrives, long orders, long deliveries, BigDecimal margin) {
        static final Funnel NONE = new Funnel(0, 0, 0, 0, BigDecimal.ZERO);
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    LeadSourceQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Map<FunnelSource, Funnel> funnel(ReportRequest request) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("start", request.period().start().atStartOfDay(clock.getZone()).toInstant().atOffset(ZoneOffset.UTC))
                .addValue("end", request.period().end().atStartOfDay(clock.getZone()).toInstant().atOffset(ZoneOffset.UTC));
        String where = " where e.occurred_at >= :start and e.occurred_at < :end"
                + ScopeSql.and(request.scope(), "e.store_id", "e.consultant_employee_id", params);
        Map<FunnelSource, long[]> counts = new EnumMap<>(FunnelSource.class);
        jdbc.query("select e.source, e.stage, count(*) as n from funnel_entry e" + where
                + " and e.stage in ('LEAD', 'TEST_DRIVE', 'ORDER', 'DELIVERY') group by e.source, e.stage", params, rs -> {
                    long[] c = counts.computeIfAbsent(FunnelSource.of(rs.getString("source")), k -> new long[4]);
                    c[switch (rs.getString("stage")) {
                        case "LEAD" -> 0;
                        case "TEST_DRIVE" -> 1;
                        case "ORDER" -> 2;
                        default -> 3;
                    }] += rs.getLong("n");
                });
        Map<FunnelSource, BigDecimal> margins = new EnumMap<>(FunnelSource.class);
        jdbc.query("select e.source, sum(ps.gross_margin) as margin from funnel_entry e join performance_sale ps"
                + " on ps.contract_id = e.record_id" + where + " and e.stage = 'DELIVERY' and e.record_type in ('contract', 'history')"
                + " group by e.source", params,
                rs -> {
                    margins.merge(FunnelSource.of(rs.getString("source")), rs.getBigDecimal("margin"), BigDecimal::add);
                });
        Map<FunnelSource, Funnel> funnel = new EnumMap<>(FunnelSource.class);
        for (FunnelSource source : FunnelSource.values()) {
            long[] c = counts.getOrDefault(source, new long[4]);
            funnel.put(source, new Funnel(c[0], c[1], c[2], c[3], margins.getOrDefault(source, BigDecimal.ZERO)));
        }
        return funnel;
    }

    /** The cost entered per source for the period's months, in the reader's stores; a source without any is absent. */
    Map<FunnelSource, BigDecimal> costs(ReportRequest request) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("start", request.period().start())
                .addValue("end", request.period().end());
        String stores = request.scope().allStores() ? "" : " and c.store_id in (:stores)";
        params.addValue("stores", request.scope().storeIdsForQuery());
        Map<FunnelSource, BigDecimal> costs = new EnumMap<>(FunnelSource.class);
        jdbc.query("select c.source, sum(c.amount) as amount from lead_source_cost c where c.cost_month >= :start"
                + " and c.cost_month < :end" + stores + " group by c.source", params,
                rs -> {
                    costs.put(FunnelSource.of(rs.getString("source")), rs.getBigDecimal("amount"));
                });
        return costs;
    }
}
