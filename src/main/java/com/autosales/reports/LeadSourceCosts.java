package com.autosales.reports;

import com.autosales.access.CurrentUsers;
import com.autosales.funnel.FunnelSource;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The marketing spend per lead source and month of the store the user works in. Each source's amount is saved only
 * if nobody changed it since it was read (its version); a blank amount removes it (the cost is not known).
 */
@Service
@Transactional
public class LeadSourceCosts {

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUsers users;
    private final Clock clock;

    LeadSourceCosts(NamedParameterJdbcTemplate jdbc, CurrentUsers users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LeadSourceCostSheet sheet(YearMonth month) {
        Long store = users.requireStore();
        Map<FunnelSource, LeadSourceCostSheet.Line> saved = new EnumMap<>(FunnelSource.class);
        jdbc.query("select source, amount, note, version, updated_by, updated_at from lead_source_cost"
                + " where store_id = :store and cost_month = :month", params(store, month), rs -> {
                    FunnelSource source = FunnelSource.of(rs.getString("source"));
                    saved.put(source, new LeadSourceCostSheet.Line(source, rs.getBigDecimal("amount"),
                            rs.getString("note"), rs.getLong("version"), rs.getString("updated_by"),
                            rs.getObject("updated_at", OffsetDateTime.class).toInstant()));
                });
        List<LeadSourceCostSheet.Line> lines = new ArrayList<>();
        for (FunnelSource source : FunnelSource.values()) {
            lines.add(saved.getOrDefault(source, new LeadSourceCostSheet.Line(source, null, null, -1, null, null)));
        }
        return new LeadSourceCostSheet(store, month, lines);
    }

    /** The sheet as the form edits it. */
    @Transactional(readOnly = true)
    public LeadSourceCostForm form(YearMonth month) {
        LeadSourceCostForm form = new LeadSourceCostForm();
        form.setMonth(month);
        form.setLines(sheet(month).lines().stream()
                .map(l -> new LeadSourceCostForm.Line(l.source(), l.amount(), l.note(), l.version())).toList());
        return form;
    }

    /** Saves every line of a validated form, or nothing if one was changed by someone else meanwhile. */
    public LeadSourceCostSheet save(LeadSourceCostForm form) {
        Long store = users.requireStore();
        Set<FunnelSource> seen = EnumSet.noneOf(FunnelSource.class);
        Instant now = clock.instant();
        for (LeadSourceCostForm.Line line : form.getLines()) {
            if (!seen.add(line.getSource())) {
                throw new DomainException("reports.costs.duplicate-source", line.getSource().name());
            }
            MapSqlParameterSource params = params(store, form.getMonth()).addValue("source", line.getSource().name())
                    .addValue("version", line.getVersion()).addValue("amount", line.getAmount())
                    .addValue("note", blankToNull(line.getNote())).addValue("by", users.current().username())
                    .addValue("at", Timestamp.from(now));
            int changed;
            if (line.getVersion() < 0) {
                changed = line.getAmount() == null ? absent(params) : insert(params);
            } else if (line.getAmount() == null) {
                changed = jdbc.update("delete from lead_source_cost where store_id = :store and cost_month = :month"
                        + " and source = :source and version = :version", params);
            } else {
                changed = jdbc.update("update lead_source_cost set amount = :amount, note = :note, updated_by = :by,"
                        + " updated_at = :at, version = version + 1 where store_id = :store and cost_month = :month"
                        + " and source = :source and version = :version", params);
            }
            if (changed != 1) {
                throw new ConcurrentChangeException();
            }
        }
        return sheet(form.getMonth());
    }

    /** Sets a store's cost of a source outright (the demo data; no user, no version check). */
    public void enter(Long storeId, YearMonth month, FunnelSource source, BigDecimal amount, String note,
            String by) {
        MapSqlParameterSource params = params(storeId, month).addValue("source", source.name()).addValue("amount", amount)
                .addValue("note", note).addValue("by", by).addValue("at", Timestamp.from(clock.instant()));
        if (jdbc.update("update lead_source_cost set amount = :amount, note = :note, updated_by = :by, updated_at = :at,"
                + " version = version + 1 where store_id = :store and cost_month = :month and source = :source", params) == 0) {
            insert(params);
        }
    }

    /** Nothing to save for a source never entered, unless someone entered it meanwhile. */
    private int absent(MapSqlParameterSource params) {
        Integer rows = jdbc.queryForObject("select count(*) from lead_source_cost where store_id = :store"
                + " and cost_month = :month and source = :source", params, Integer.class);
        return rows == null || rows == 0 ? 1 : 0;
    }

    private int insert(MapSqlParameterSource params) {
        try {
            return jdbc.update("insert into lead_source_cost (store_id, cost_month, source, amount, note, updated_by,"
                    + " updated_at, version) values (:store, :month, :source, :amount, :note, :by, :at, 0)", params);
        } catch (DuplicateKeyException e) {
            return 0;
        }
    }

    private static MapSqlParameterSource params(Long store, YearMonth month) {
        return new MapSqlParameterSource("store", store).addValue("month", month.atDay(1));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
