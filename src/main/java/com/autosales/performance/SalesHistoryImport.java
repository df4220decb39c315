package com.autosales.performance;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales delivered before the system went live (taken over from the previous dealer system): counted like a delivery —
 * order, delivery, revenue, margin and the full collection — under source type {@code history} with ids below zero,
 * so they can never meet a real contract's.
 */
@Component
public class SalesHistoryImport {

    static final String SOURCE_TYPE = "history";

    /** One earlier sale: price after discount is the revenue; the margin is the whole deal's gross margin. */
    public record HistoricSale(String contractNumber, Long storeId, Long employeeId, Long customerId, LocalDate orderedOn,
            LocalDate deliveredOn, Long trimId, String trimLabel, boolean financed, BigDecimal vehiclePrice,
            BigDecimal discount, BigDecimal grossMargin) {

        BigDecimal revenue() {
            return vehiclePrice.subtract(discount);
        }
    }

    private final FactBook facts;
    private final JdbcTemplate jdbc;

    SalesHistoryImport(FactBook facts, JdbcTemplate jdbc) {
        this.facts = facts;
        this.jdbc = jdbc;
    }

    /** Books the sale and answers its (negative) id, which the funnel may use as the record id. */
    @Transactional
    public Long record(HistoricSale s) {
        Long id = jdbc.queryForObject("select least(coalesce(min(contract_id), 0), 0) - 1 from performance_sale", Long.class);
        facts.count(PerformanceMetric.ORDERS, s.storeId(), s.employeeId(), s.orderedOn(), SOURCE_TYPE, id);
        facts.count(PerformanceMetric.DELIVERIES, s.storeId(), s.employeeId(), s.deliveredOn(), SOURCE_TYPE, id);
        facts.book(PerformanceMetric.REVENUE, s.storeId(), s.employeeId(), s.deliveredOn(), BigDecimal.ONE, s.revenue(),
                SOURCE_TYPE, id);
        facts.book(PerformanceMetric.GROSS_MARGIN, s.storeId(), s.employeeId(), s.deliveredOn(), BigDecimal.ONE,
                s.grossMargin(), SOURCE_TYPE, id);
        facts.book(PerformanceMetric.COLLECTIONS, s.storeId(), s.employeeId(), s.deliveredOn(), BigDecimal.ONE,
                s.revenue(), SOURCE_TYPE, id);
        BigDecimal percent = s.vehiclePrice().signum() == 0 ? BigDecimal.ZERO
                : s.discount().multiply(BigDecimal.valueOf(100)).divide(s.vehiclePrice(), 4, java.math.RoundingMode.HALF_UP);
        jdbc.update("insert into performance_sale (contract_id, contract_number, store_id, employee_id, customer_id,"
                + " delivered_on, trim_id, trim_label, payment_method, amount_due, vehicle_price, discount,"
                + " discount_percent, packages_total, insurance, financed_amount, vehicle_margin, packages_margin,"
                + " insurance_commission, finance_commission, gross_margin)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, 0, 0, 0, ?)",
                id, s.contractNumber(), s.storeId(), s.employeeId(), s.customerId(), Date.valueOf(s.deliveredOn()),
                s.trimId(), s.trimLabel(), s.financed() ? "FINANCE" : "CASH", s.revenue(), s.vehiclePrice(), s.discount(),
                percent, s.grossMargin(), s.grossMargin());
        return id;
    }
}
