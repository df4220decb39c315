package com.autosales.sales;

import com.autosales.shared.Money;
import java.time.Instant;

/** 合同签订 — the customer signed: the lead is won, the order counts, payments may expect the amounts. */
public record ContractSigned(Long contractId, String number, Long quoteId, Long leadId, Long customerId, Long storeId,
        Long ownerEmployeeId, PaymentMethod paymentMethod, Money total, Money deposit, Money financedAmount,
        Instant signedAt) {
}
