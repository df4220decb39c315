package com.autosales.leads;

/** Published when a follow-up or an edit changes a lead's intention level. */
public record LeadLevelChanged(Long leadId, Long customerId, Long ownerEmployeeId, Long storeId, LeadLevel before,
        LeadLevel after) {
}
