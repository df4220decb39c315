package com.autosales.sales;

import com.autosales.shared.Money;
import java.time.Instant;

/** The customer accepted a quote version: the contract can be drawn up from {@link QuoteManagement#get}. */
public record QuoteAccepted(Long quoteId, Long leadId, Long customerId, Long storeId, Long ownerEmployeeId,
        Long trimId, String vin, Money amountDue, Instant acceptedAt) {
}
