package com.autosales.funnel;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the funnel read model; every query takes a {@link FunnelQuery}, so the reader's scope is in the SQL. */
@Repository
class FunnelQueries {

    /** How many records of a stage one consultant has from one source. */
    record Cell(FunnelStage stage, Long consultantId, FunnelSource source, long count) {
    }

    /** One funnel row as the drill-down lists it. */
    record Row(Long id, FunnelStage stage, String recordType, Long recordId, Long consultantId, Long customerId,
            FunnelSource source, Instant occurredAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    FunnelQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts per stage, consultant and source: everything the overview and its breakdowns need, in one query. */
    List<Cell> cells(FunnelQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = query.where(params);
        return jdbc.query("select e.stage, e.consultant_employee_id, e.source, count(*) as n from funnel_entry e where "
                        + where + " group by e.stage, e.consultant_employee_id, e.source", params,
                (rs, i) -> new Cell(FunnelStage.valueOf(rs.getString("stage")), rs.getLong("consultant_employee_id"),
                        FunnelSource.of(rs.getString("source")), rs.getLong("n")));
    }

    long count(FunnelQuery query, FunnelStage stage) {
        MapSqlParameterSource params = new MapSqlParameterSource("stage", stage.name());
        String where = query.where(params);
        Long n = jdbc.queryForObject("select count(*) from funnel_entry e where e.stage = :stage and " + where, params,
                Long.class);
        return n == null ? 0 : n;
    }

    /** The records of a stage, newest first. */
    List<Row> rows(FunnelQuery query, FunnelStage stage, long offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("stage", stage.name())
                .addValue("offset", offset).addValue("limit", limit);
        String where = query.where(params);
        return jdbc.query("select e.id, e.stage, e.record_type, e.record_id, e.consultant_employee_id, e.customer_id,"
                        + " e.source, e.occurred_at from funnel_entry e where e.stage = :stage and " + where
                        + " order by e.occurred_at desc, e.id desc limit :limit offset :offset", params,
                (rs, i) -> new Row(rs.getLong("id"), FunnelStage.valueOf(rs.getString("stage")),
                        rs.getString("record_type"), rs.getLong("record_id"), rs.getLong("consultant_employee_id"),
                        rs.getObject("customer_id", Long.class), FunnelSource.of(rs.getString("source")),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant()));
    }

    /** The consultants with any record in the query's scope and period (for the consultant picker). */
    List<Long> consultants(FunnelQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = query.where(params);
        return jdbc.queryForList("select distinct e.consultant_employee_id from funnel_entry e where " + where, params,
                Long.class);
    }
}
