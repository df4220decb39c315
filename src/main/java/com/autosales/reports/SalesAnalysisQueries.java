package com.autosales.reports;

import com.autosales.access.RecordScope;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sales analysis' reads of {@code performance_sale} (one row per delivered contract, on its delivery day), within
 * the reader's scope; the source of a sale is its funnel DELIVERY entry's.
 */
@Component
class SalesAnalysisQueries {

    private final NamedParameterJdbcTemplate jdbc;

    SalesAnalysisQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A delivered contract as the analysis groups it. */
    record Sale(Long contractId, Long employeeId, String trimLabel, String source, BigDecimal revenue, BigDecimal margin,
            BigDecimal discount) {
    }

    /** The sales delivered in the days {@code [from, to)}. */
    List<Sale> sales(RecordScope scope, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = params(from, to);
        return jdbc.query("select s.contract_id, s.employee_id, s.trim_label, coalesce(f.source, 'UNKNOWN') as source,"
                + " s.amount_due, s.gross_margin, s.discount from performance_sale s"
                + " left join funnel_entry f on f.stage = 'DELIVERY' and f.record_type in ('contract', 'history') and f.record_id = s.contract_id"
                + " where s.delivered_on >= :from and s.delivered_on < :to and "
                + ScopeSql.where(scope, "s.store_id", "s.employee_id", params)
                + " order by s.contract_id", params, (rs, n) -> new Sale(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)));
    }

    /** Each month's totals in the days {@code [from, to)}, months without sales left out. */
    Map<YearMonth, SalesTotals> monthly(RecordScope scope, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = params(from, to);
        Map<YearMonth, SalesTotals> months = new TreeMap<>();
        jdbc.query("select s.delivered_on, count(*), sum(s.amount_due), sum(s.gross_margin), sum(s.discount)"
                + " from performance_sale s where s.delivered_on >= :from and s.delivered_on < :to and "
                + ScopeSql.where(scope, "s.store_id", "s.employee_id", params) + " group by s.delivered_on", params,
                rs -> {
                    months.merge(YearMonth.from(rs.getDate(1).toLocalDate()), new SalesTotals(rs.getLong(2),
                            rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)), SalesTotals::plus);
                });
        return months;
    }

    private static MapSqlParameterSource params(LocalDate from, LocalDate to) {
        return new MapSqlParameterSource("from", Date.valueOf(from)).addValue("to", Date.valueOf(to));
    }
}
