package com.autosales.reports;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of the read models the sales reports count, written directly as the performance and funnel modules write them
 * ({@code SaleRecorder}, {@code FactBook}, the funnel's entries), for the demo store 上海浦东4S店 in past years no
 * other test uses; and an approved sales plan giving targets. Every write first removes what an earlier run left.
 */
final class SalesReportFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final JdbcTemplate jdbc;

    SalesReportFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Long store() {
        return jdbc.queryForObject("select id from org_unit where code = 'SH-PD-4S'", Long.class);
    }

    Long employee(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    /** A delivered contract as {@code SaleRecorder} keeps it (the columns the reports do not read are plausible). */
    void sale(long contractId, Long employeeId, LocalDate deliveredOn, String trimLabel, String amountDue, String discount,
            String grossMargin) {
        jdbc.update("delete from performance_sale where contract_id = ?", contractId);
        BigDecimal amount = new BigDecimal(amountDue);
        BigDecimal off = new BigDecimal(discount);
        jdbc.update("insert into performance_sale (contract_id, contract_number, store_id, employee_id, customer_id,"
                + " delivered_on, trim_id, trim_label, payment_method, amount_due, vehicle_price, discount,"
                + " discount_percent, packages_total, insurance, financed_amount, vehicle_margin, packages_margin,"
                + " insurance_commission, finance_commission, gross_margin)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, 'CASH', ?, ?, ?, 0, 0, 0, 0, ?, 0, 0, 0, ?)",
                contractId, "RPT-" + contractId, store(), employeeId, 1L, Date.valueOf(deliveredOn), 1L, trimLabel,
                amount, amount.add(off), off, new BigDecimal(grossMargin), new BigDecimal(grossMargin));
    }

    /** A fact as {@code FactBook.book} writes it. */
    void fact(String metric, Long employeeId, LocalDate on, String quantity, String amount, String sourceType, long sourceId) {
        jdbc.update("delete from performance_fact where metric = ? and source_type = ? and source_id = ?", metric,
                sourceType, sourceId);
        jdbc.update("insert into performance_fact (metric, store_id, employee_id, occurred_on, quantity, amount, source_type,"
                + " source_id) values (?, ?, ?, ?, ?, ?, ?, ?)", metric, store(), employeeId, Date.valueOf(on),
                new BigDecimal(quantity), new BigDecimal(amount), sourceType, sourceId);
    }

    /** A funnel entry at a local time of the dealership. */
    void funnel(String stage, String recordType, long recordId, Long consultantId, String source, LocalDateTime at) {
        jdbc.update("delete from funnel_entry where stage = ? and record_type = ? and record_id = ?", stage, recordType,
                recordId);
        OffsetDateTime utc = at.atZone(ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.update("insert into funnel_entry (stage, record_type, record_id, store_id, consultant_employee_id, customer_id,"
                + " lead_id, source, occurred_at, recorded_at) values (?, ?, ?, ?, ?, null, null, ?, ?, ?)", stage,
                recordType, recordId, store(), consultantId, source, utc, utc);
    }

    /**
     * An approved plan of the store for {@code year} with targets for one month: {@code targets} maps "STORE" or an
     * employee id to its metric amounts.
     */
    void approvedPlan(int year, int month, Map<Object, Map<String, Integer>> targets) {
        Long store = store();
        String author = "reports-it-" + year;
        jdbc.update("delete from sales_plan_cell where plan_id in (select id from sales_plan where created_by = ?)", author);
        jdbc.update("delete from sales_plan_node where parent_id is not null and plan_id in (select id from sales_plan"
                + " where created_by = ?)", author);
        jdbc.update("delete from sales_plan_node where plan_id in (select id from sales_plan where created_by = ?)", author);
        jdbc.update("delete from sales_plan where created_by = ?", author);
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(year - 1, 12, 1, 9, 0));
        jdbc.update("insert into sales_plan (store_id, plan_year, version_no, status, created_by, created_at, updated_at,"
                + " approved_at) values (?, ?, 1, 'APPROVED', ?, ?, ?, ?)", store, year, author, now, now, now);
        Long plan = jdbc.queryForObject("select id from sales_plan where created_by = ?", Long.class, author);
        jdbc.update("insert into sales_plan_node (plan_id, parent_id, kind, ref_id, depth, position) values (?, null, 'STORE', ?, 0, 0)",
                plan, store);
        Long root = jdbc.queryForObject("select id from sales_plan_node where plan_id = ? and kind = 'STORE'", Long.class, plan);
        int position = 0;
        for (Map.Entry<Object, Map<String, Integer>> node : targets.entrySet()) {
            Long nodeId = root;
            if (!"STORE".equals(node.getKey())) {
                jdbc.update("insert into sales_plan_node (plan_id, parent_id, kind, ref_id, depth, position)"
                        + " values (?, ?, 'EMPLOYEE', ?, 1, ?)", plan, root, node.getKey(), ++position);
                nodeId = jdbc.queryForObject("select id from sales_plan_node where plan_id = ? and kind = 'EMPLOYEE'"
                        + " and ref_id = ?", Long.class, plan, node.getKey());
            }
            for (Map.Entry<String, Integer> cell : node.getValue().entrySet()) {
                jdbc.update("insert into sales_plan_cell (plan_id, node_id, metric, plan_month, amount) values (?, ?, ?, ?, ?)",
                        plan, nodeId, cell.getKey(), month, cell.getValue());
            }
        }
    }
}
