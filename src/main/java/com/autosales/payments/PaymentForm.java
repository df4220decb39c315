package com.autosales.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The payment form. {@code idempotencyKey} is made when the form is shown and travels with it, so a double click or a
 * resubmitted page records the payment once.
 */
record PaymentForm(Long contractId, PaymentKind kind, PaymentChannel channel, BigDecimal amount,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn, String payer, String reference, String note,
        String idempotencyKey) {

    static PaymentForm blank(Long contractId, PaymentKind kind, BigDecimal amount, String payer, LocalDate today) {
        return new PaymentForm(contractId, kind == null ? PaymentKind.DEPOSIT : kind, PaymentChannel.BANK_TRANSFER, amount,
                today, payer, null, null, "form-" + UUID.randomUUID());
    }

    PaymentRequest request() {
        return new PaymentRequest(contractId, kind, channel, amount, paidOn, payer, reference, note);
    }
}
