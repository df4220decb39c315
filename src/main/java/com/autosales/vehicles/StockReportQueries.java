package com.autosales.vehicles;

import com.autosales.access.RecordScope;
import com.autosales.shared.Money;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock as it stood at a moment, read back from the movements: each vehicle's status and store are those of its
 * last movement before then, so a report for last Friday shows last Friday's stock.
 */
@Component
@Transactional(readOnly = true)
class StockReportQueries {

    /** The statuses of the cars standing in the store, as the weekly report lists them. */
    static final List<StockStatus> STANDING = List.of(StockStatus.IN_STOCK, StockStatus.RESERVED, StockStatus.SOLD,
            StockStatus.DEMO);
    /** The statuses of the cars still to come. */
    static final List<StockStatus> COMING = List.of(StockStatus.IN_TRANSIT, StockStatus.ORDERED);
    /** Every status the weekly report counts, in its columns' order. */
    static final List<StockStatus> REPORTED = List.of(StockStatus.IN_STOCK, StockStatus.RESERVED, StockStatus.SOLD,
            StockStatus.DEMO, StockStatus.IN_TRANSIT, StockStatus.ORDERED);

    /** A vehicle as it stood. */
    record Standing(Long vehicleId, Long modelId, String colour, StockStatus status, LocalDate arrivalDate, Money cost) {
    }

    private final NamedParameterJdbcTemplate sql;

    StockReportQueries(NamedParameterJdbcTemplate sql) {
        this.sql = sql;
    }

    /** The vehicles of the reader's stores in a reported status just before {@code cutoff}. */
    List<Standing> standingBefore(RecordScope scope, Instant cutoff) {
        MapSqlParameterSource params = new MapSqlParameterSource("cutoff", StockScopeSql.utc(cutoff))
                .addValue("statuses", REPORTED.stream().map(Enum::name).toList());
        return sql.query("select v.id, t.model_id, v.exterior_colour, m.to_status, v.arrival_date, v.purchase_cost"
                + " from stock_movement m join stock_vehicle v on v.id = m.vehicle_id join vehicle_trim t on t.id = v.trim_id"
                + " where m.moved_at < :cutoff and m.to_status in (:statuses)"
                + StockScopeSql.andStoreIn("m.store_id", scope, params)
                + " and not exists (select 1 from stock_movement later where later.vehicle_id = m.vehicle_id"
                + " and later.moved_at < :cutoff and (later.moved_at > m.moved_at"
                + " or (later.moved_at = m.moved_at and later.id > m.id)))", params, (rs, n) -> {
                    Date arrived = rs.getDate(5);
                    return new Standing(rs.getLong(1), rs.getLong(2), rs.getString(3), StockStatus.valueOf(rs.getString(4)),
                            arrived == null ? null : arrived.toLocalDate(), Money.of(rs.getBigDecimal(6)));
                });
    }
}
