package com.autosales.leads;

import com.autosales.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A lead as pages, the API and other modules see it. {@code responseState} and {@code firstContactDueAt} tell where it
 * stands against its first-contact deadline (the countdown); {@code firstResponseMinutes} counts opening minutes.
 */
public record LeadView(Long id, Long customerId, String customerName, Long storeId, Long ownerEmployeeId,
        String ownerName, String models, Money budget, PaymentIntent paymentIntent, boolean tradeIn,
        String tradeInDescription, String competitorModels, LeadSource source, String sourceDetail, LeadLevel level,
        LeadStatus status, Long lostReasonId, String lostReason, String lostNote, LocalDate nextFollowUp,
        boolean overdue, Instant lastFollowUpAt, Instant createdAt, ResponseState responseState,
        Instant firstContactDueAt, Instant reassignOfferAt, Instant firstContactAt, Integer firstResponseMinutes,
        long version) {
}
