package com.autosales.performance;

import com.autosales.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A delivered contract with the figures commission is computed from. */
public record SaleRecord(Long contractId, String contractNumber, Long storeId, Long employeeId, Long customerId,
        LocalDate deliveredOn, Long trimId, String trimLabel, String paymentMethod, Money amountDue, Money vehiclePrice,
        Money discount, BigDecimal discountPercent, Money packagesTotal, Money insurance, Money financedAmount,
        Money vehicleMargin, Money packagesMargin, Money insuranceCommission, Money financeCommission,
        Money grossMargin) {

    public boolean financed() {
        return "FINANCE".equals(paymentMethod);
    }
}
