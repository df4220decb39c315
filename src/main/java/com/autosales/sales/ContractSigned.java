package com.autosales.sales;

import com.autosales.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 合同签订 — the customer signed: the lead is won, the order counts, payments expect the deposit at signing and the rest
 * (the customer's part and the lender's {@code financedAmount}, null for cash) by the delivery date.
 */
public record ContractSigned(Long contractId, String number, Long quoteId, Long leadId, Long customerId, Long storeId,
        Long ownerEmployeeId, PaymentMethod paymentMethod, Money total, Money deposit, Money financedAmount,
        Instant signedAt, String buyerName, String ownerName, LocalDate signedOn, LocalDate deliveryDate) {
}
