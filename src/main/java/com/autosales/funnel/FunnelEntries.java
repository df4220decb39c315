package com.autosales.funnel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes the funnel read model: one row per stage and record, never twice; and what earlier rows tell. */
@Repository
class FunnelEntries {

    private final NamedParameterJdbcTemplate jdbc;

    FunnelEntries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the row unless its stage and record are there already (the unique constraint decides, atomically, on
     * H2 and PostgreSQL alike); true when it was new.
     */
    boolean insertIfAbsent(FunnelEntry e, Instant now) {
        int inserted = jdbc.update("""
                insert into funnel_entry (stage, record_type, record_id, store_id, consultant_employee_id, customer_id,
                        lead_id, source, occurred_at, recorded_at)
                values (:stage, :recordType, :recordId, :storeId, :consultant, :customerId, :leadId, :source, :occurredAt,
                        :recordedAt)
                on conflict do nothing""", new MapSqlParameterSource()
                .addValue("stage", e.stage().name())
                .addValue("recordType", e.recordType())
                .addValue("recordId", e.recordId())
                .addValue("storeId", e.storeId())
                .addValue("consultant", e.consultantEmployeeId())
                .addValue("customerId", e.customerId())
                .addValue("leadId", e.leadId())
                .addValue("source", e.source().name())
                .addValue("occurredAt", utc(e.occurredAt()))
                .addValue("recordedAt", utc(now)));
        return inserted == 1;
    }

    /** The source the lead was recorded with. */
    Optional<FunnelSource> sourceOfLead(Long leadId) {
        return jdbc.queryForList("select source from funnel_entry where stage = 'LEAD' and record_type = 'lead'"
                        + " and record_id = :leadId", new MapSqlParameterSource("leadId", leadId), String.class)
                .stream().findFirst().map(FunnelSource::of);
    }

    /** The source of the customer's latest lead or visit up to this instant. */
    Optional<FunnelSource> latestSourceOfCustomer(Long customerId, Instant upTo) {
        return jdbc.queryForList("""
                        select source from funnel_entry
                        where customer_id = :customerId and stage in ('LEAD', 'VISIT') and occurred_at <= :upTo
                        order by occurred_at desc, id desc
                        limit 1""",
                new MapSqlParameterSource("customerId", customerId).addValue("upTo", utc(upTo)), String.class)
                .stream().findFirst().map(FunnelSource::of);
    }

    /** Rows of a merged-away customer card now belong to the surviving card. */
    int repointCustomer(Long mergedId, Long survivorId) {
        return jdbc.update("update funnel_entry set customer_id = :survivor where customer_id = :merged",
                new MapSqlParameterSource("survivor", survivorId).addValue("merged", mergedId));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
