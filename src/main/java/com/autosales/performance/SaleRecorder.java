package com.autosales.performance;

import static com.autosales.performance.PerformanceMetric.DELIVERIES;
import static com.autosales.performance.PerformanceMetric.GROSS_MARGIN;
import static com.autosales.performance.PerformanceMetric.REVENUE;

import com.autosales.delivery.VehicleDelivered;
import com.autosales.sales.ContractEconomics;
import com.autosales.sales.QuoteMargin;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A delivery counts as a sale: the unit, its revenue and gross margin as facts, and the contract's figures kept for
 * the commission statement (once per contract).
 */
@Component
class SaleRecorder {

    private static final Logger log = LoggerFactory.getLogger(SaleRecorder.class);

    private final ContractEconomics economics;
    private final FactBook facts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SaleRecorder(ContractEconomics economics, FactBook facts, JdbcTemplate jdbc, Clock clock) {
        this.economics = economics;
        this.facts = facts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(VehicleDelivered e) {
        LocalDate on = LocalDate.ofInstant(e.deliveredAt(), clock.getZone());
        economics.of(e.contractId()).ifPresentOrElse(c -> {
            QuoteMargin m = c.margin();
            facts.book(DELIVERIES, c.storeId(), c.ownerEmployeeId(), on, BigDecimal.ONE, BigDecimal.ZERO, "contract", c.contractId());
            facts.book(REVENUE, c.storeId(), c.ownerEmployeeId(), on, BigDecimal.ONE, c.amountDue().amount(), "contract", c.contractId());
            facts.book(GROSS_MARGIN, c.storeId(), c.ownerEmployeeId(), on, BigDecimal.ONE, m.total().amount(), "contract", c.contractId());
            jdbc.update("insert into performance_sale (contract_id, contract_number, store_id, employee_id, customer_id,"
                    + " delivered_on, trim_id, trim_label, payment_method, amount_due, vehicle_price, discount,"
                    + " discount_percent, packages_total, insurance, financed_amount, vehicle_margin, packages_margin,"
                    + " insurance_commission, finance_commission, gross_margin)"
                    + " select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                    + " where not exists (select 1 from performance_sale where contract_id = ?)",
                    c.contractId(), c.number(), c.storeId(), c.ownerEmployeeId(), c.customerId(), Date.valueOf(on),
                    c.trimId(), c.trimLabel(), c.paymentMethod().name(), c.amountDue().amount(), c.vehiclePrice().amount(),
                    c.discount().amount(), c.discountPercent().value(), c.packagesTotal().amount(), c.insurance().amount(),
                    c.financedAmount().amount(), m.vehicle().amount(), m.packages().amount(),
                    m.insuranceCommission().amount(), m.financeCommission().amount(), m.total().amount(), c.contractId());
        }, () -> log.warn("Delivered contract {} not found: not counted", e.contractId()));
    }
}
