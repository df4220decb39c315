package com.autosales.payments;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment as the finance specialist records it (the form and the API body); the amount is always positive. */
public record PaymentRequest(Long contractId, PaymentKind kind, PaymentChannel channel, BigDecimal amount,
        LocalDate paidOn, String payer, String reference, String note) {

    /** Checks what needs no database; the ledger checks the rest (scope, balance). */
    void validate(LocalDate today) {
        if (contractId == null || kind == null || channel == null || paidOn == null) {
            throw new DomainException("payments.incomplete");
        }
        if (kind == PaymentKind.REVERSAL || kind == PaymentKind.LOAN_DISBURSEMENT || channel == PaymentChannel.LOAN) {
            throw new DomainException("payments.kind-not-recordable");
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(BigDecimal.valueOf(100_000_000)) >= 0) {
            throw new DomainException("payments.amount-invalid");
        }
        if (paidOn.isAfter(today) || paidOn.isBefore(today.minusYears(1))) {
            throw new DomainException("payments.date-invalid");
        }
        if (length(payer) > 100 || length(reference) > 100 || length(note) > 500) {
            throw new DomainException("payments.text-too-long");
        }
    }

    Money money() {
        return Money.of(amount);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
