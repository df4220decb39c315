package com.autosales.payments;

import com.autosales.shared.Money;
import java.time.LocalDate;

/**
 * 收款入账 — a line entered the ledger: money in (positive) or out (a refund or a reversal, negative), for the contract
 * of a consultant; for collection targets and reports.
 */
public record PaymentRecorded(Long paymentId, Long contractId, Long storeId, Long ownerEmployeeId, PaymentKind kind,
        Money amount, LocalDate paidOn) {
}
