package com.autosales.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the customer composition report reads: the period's deliveries ({@code performance_sale}, by delivery day) per
 * customer and per trim, the customers' default addresses, and what of their receivables is overdue.
 */
@Repository
class CompositionQueries {

    /** A customer's deliveries in the period, with the card's grade and credit as they are now. */
    record CustomerSales(Long customerId, String name, String grade, String rating, BigDecimal creditLimit,
            BigDecimal exposure, long units, BigDecimal revenue) {
    }

    record TrimSales(String trimLabel, long units, BigDecimal revenue) {
    }

    private static final String SALES = " from performance_sale ps where ps.delivered_on >= :start and ps.delivered_on < :end";

    private final NamedParameterJdbcTemplate jdbc;

    CompositionQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomerSales> customers(ReportRequest request) {
        MapSqlParameterSource params = period(request);
        String sales = "select ps.customer_id, count(*) as units, sum(ps.amount_due) as revenue" + SALES
                + ScopeSql.and(request.scope(), "ps.store_id", "ps.employee_id", params) + " group by ps.customer_id";
        return jdbc.query("select s.customer_id, c.name, c.grade, cc.rating, cc.credit_limit, cc.exposure, s.units,"
                        + " s.revenue from (" + sales + ") s left join customer c on c.id = s.customer_id"
                        + " left join customer_credit cc on cc.customer_id = s.customer_id", params,
                (rs, i) -> new CustomerSales(rs.getLong("customer_id"), rs.getString("name"), rs.getString("grade"),
                        rs.getString("rating"), rs.getBigDecimal("credit_limit"), rs.getBigDecimal("exposure"),
                        rs.getLong("units"), rs.getBigDecimal("revenue")));
    }

    List<TrimSales> trims(ReportRequest request) {
        MapSqlParameterSource params = period(request);
        return jdbc.query("select ps.trim_label, count(*) as units, sum(ps.amount_due) as revenue" + SALES
                        + ScopeSql.and(request.scope(), "ps.store_id", "ps.employee_id", params)
                        + " group by ps.trim_label", params,
                (rs, i) -> new TrimSales(rs.getString("trim_label"), rs.getLong("units"), rs.getBigDecimal("revenue")));
    }

    /** The default address of each customer delivered to in the period (the first, should a card have two). */
    Map<Long, String> defaultAddresses(ReportRequest request) {
        MapSqlParameterSource params = period(request);
        String customers = "select ps.customer_id" + SALES
                + ScopeSql.and(request.scope(), "ps.store_id", "ps.employee_id", params);
        Map<Long, String> addresses = new HashMap<>();
        jdbc.query("select a.customer_id, a.address from customer_address a where a.is_default = true"
                + " and a.customer_id in (" + customers + ") order by a.id desc", params,
                rs -> {
                    addresses.put(rs.getLong("customer_id"), rs.getString("address"));
                });
        return addresses;
    }

    /**
     * What each customer delivered to in the period owes past its due date on {@code asOf}, by the receivables
     * ageing's rule: what was received pays the contract's lines in due-date order, and an open line due before the
     * day is overdue. Only the reader's accounts count.
     */
    Map<Long, BigDecimal> overdue(ReportRequest request, LocalDate asOf) {
        MapSqlParameterSource params = period(request).addValue("asOf", asOf);
        String customers = "select ps.customer_id" + SALES
                + ScopeSql.and(request.scope(), "ps.store_id", "ps.employee_id", params);
        String lines = "select a.customer_id, l.amount, l.due_on, case when a.received > 0 then a.received else 0 end"
                + " as received, sum(l.amount) over (partition by l.contract_id order by l.due_on, l.position"
                + " rows between unbounded preceding and current row) as due_through"
                + " from receivable_account a join receivable_line l on l.contract_id = a.contract_id"
                + " where a.cancelled = false and a.customer_id in (" + customers + ")"
                + ScopeSql.and(request.scope(), "a.store_id", "a.owner_employee_id", params);
        Map<Long, BigDecimal> overdue = new HashMap<>();
        jdbc.query("select x.customer_id, sum(case when x.due_through - x.received <= 0 then 0"
                + " when x.due_through - x.received < x.amount then x.due_through - x.received else x.amount end)"
                + " as open_amount from (" + lines + ") x where x.due_on < :asOf group by x.customer_id", params,
                rs -> {
                    overdue.put(rs.getLong("customer_id"), rs.getBigDecimal("open_amount"));
                });
        return overdue;
    }

    private static MapSqlParameterSource period(ReportRequest request) {
        return new MapSqlParameterSource("start", request.period().start()).addValue("end", request.period().end());
    }
}
