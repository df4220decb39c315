package com.autosales.reports;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written straight into the read models the reports read (the customer archive, the delivered sales, the
 * receivables, the funnel), for a period no other test uses, in the demo store.
 */
final class ReportFixtures {

    private final JdbcTemplate jdbc;
    final Long storeId;

    ReportFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.storeId = jdbc.queryForObject("select id from org_unit where code = 'SH-PD-4S'", Long.class);
    }

    Long employeeOf(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    Long customer(String name, Long owner, String grade) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into customer (store_id, owner_employee_id, kind, name, lifecycle, grade, created_at,"
                + " updated_at, status, version) values (?, ?, 'INDIVIDUAL', ?, 'OLD', ?, ?, ?, 'ACTIVE', 0)",
                storeId, owner, name, grade, now, now);
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
    }

    void address(Long customer, String address, boolean isDefault) {
        jdbc.update("insert into customer_address (customer_id, label, address, is_default, updated_at, version)"
                + " values (?, 'HOME', ?, ?, ?, 0)", customer, address, isDefault, Timestamp.from(Instant.now()));
    }

    void credit(Long customer, String rating, String limit, String exposure) {
        jdbc.update("insert into customer_credit (customer_id, rating, credit_limit, exposure, updated_at, version)"
                + " values (?, ?, ?, ?, ?, 0)", customer, rating, limit == null ? null : new BigDecimal(limit),
                new BigDecimal(exposure), Timestamp.from(Instant.now()));
    }

    /** A delivered contract of the employee's for the customer, with its revenue (amount due) and gross margin. */
    void sale(long contractId, Long employee, Long customer, LocalDate deliveredOn, String trimLabel, String amount,
            String margin) {
        BigDecimal due = new BigDecimal(amount);
        jdbc.update("insert into performance_sale (contract_id, contract_number, store_id, employee_id, customer_id,"
                + " delivered_on, trim_id, trim_label, payment_method, amount_due, vehicle_price, discount,"
                + " discount_percent, packages_total, insurance, financed_amount, vehicle_margin, packages_margin,"
                + " insurance_commission, finance_commission, gross_margin) values (?, ?, ?, ?, ?, ?, 1, ?, 'CASH', ?, ?,"
                + " 0, 0, 0, 0, 0, ?, 0, 0, 0, ?)", contractId, "T" + contractId, storeId, employee, customer,
                deliveredOn, trimLabel, due, due, new BigDecimal(margin), new BigDecimal(margin));
    }

    /**
     * The contract's receivable: lines (amount, due day) in order, and what was received (with the matching payment
     * in the ledger, so the ageing still adds up to what the contracts expect less the ledger).
     */
    void receivable(long contractId, Long customer, String customerName, Long owner, boolean cancelled,
            String received, Object... amountsAndDueDays) {
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < amountsAndDueDays.length; i += 2) {
            expected = expected.add(new BigDecimal((String) amountsAndDueDays[i]));
        }
        jdbc.update("insert into receivable_account (contract_id, contract_number, customer_id, customer_name, store_id,"
                + " owner_employee_id, owner_name, expected, received, cancelled, opened_on, version)"
                + " values (?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, 0)", contractId, "T" + contractId, customer, customerName,
                storeId, owner, expected, new BigDecimal(received), cancelled, LocalDate.of(2013, 1, 1));
        for (int i = 0; i < amountsAndDueDays.length; i += 2) {
            jdbc.update("insert into receivable_line (contract_id, position, kind, amount, due_on) values (?, ?, ?, ?, ?)",
                    contractId, i / 2, i == 0 ? "DEPOSIT" : "CUSTOMER_BALANCE", new BigDecimal((String) amountsAndDueDays[i]),
                    amountsAndDueDays[i + 1]);
        }
        if (new BigDecimal(received).signum() > 0) {
            jdbc.update("insert into payment (idempotency_key, contract_id, contract_number, customer_id, store_id,"
                    + " owner_employee_id, kind, method, amount, paid_on, payer, recorded_by, recorded_at)"
                    + " values (?, ?, ?, ?, ?, ?, 'DEPOSIT', 'BANK_TRANSFER', ?, ?, ?, 'test', ?)", "fixture-" + contractId,
                    contractId, "T" + contractId, customer, storeId, owner, new BigDecimal(received),
                    LocalDate.of(2013, 5, 1), customerName, Timestamp.from(Instant.now()));
        }
    }

    /** A funnel record of a stage, as the funnel module would have recorded it. */
    void funnel(String stage, String recordType, long recordId, Long consultant, String source, Instant occurredAt) {
        jdbc.update("insert into funnel_entry (stage, record_type, record_id, store_id, consultant_employee_id, source,"
                + " occurred_at, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", stage, recordType, recordId, storeId,
                consultant, source, occurredAt.atOffset(ZoneOffset.UTC), Instant.now().atOffset(ZoneOffset.UTC));
    }

    void clearFunnel(long fromId, long toId) {
        jdbc.update("delete from funnel_entry where record_id between ? and ?", fromId, toId);
    }

    /** Removes what an earlier run left for these contract ids (the test database may outlive a run). */
    void clearContracts(long fromId, long toId) {
        jdbc.update("delete from collection_note where task_id in (select id from collection_task"
                + " where contract_id between ? and ?)", fromId, toId);
        jdbc.update("delete from collection_task where contract_id between ? and ?", fromId, toId);
        jdbc.update("delete from payment where contract_id between ? and ?", fromId, toId);
        jdbc.update("delete from receivable_line where contract_id between ? and ?", fromId, toId);
        jdbc.update("delete from receivable_account where contract_id between ? and ?", fromId, toId);
        jdbc.update("delete from performance_sale where contract_id between ? and ?", fromId, toId);
    }
}
