package com.autosales.payments;

import com.autosales.shared.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/** A ledger line as pages, the API and the receipt see it; {@code amount} is signed (refunds and reversals negative). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentView(Long id, String number, Long contractId, String contractNumber, Long customerId,
        String customerName, Long storeId, PaymentKind kind, PaymentChannel method, Money amount, LocalDate paidOn,
        String payer, String reference, String note, Long reversesId, boolean reversed, String recordedBy,
        Instant recordedAt) {
}
