package com.autosales.leads;

import java.time.Instant;

/** Published after a lead is created (in the creating transaction, delivered after commit). */
public record LeadCreated(Long leadId, Long customerId, Long ownerEmployeeId, Long storeId, LeadSource source,
        Instant occurredAt) {
}
