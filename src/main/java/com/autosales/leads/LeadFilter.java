package com.autosales.leads;

/**
 * What the lead list is narrowed to; every part is optional. {@code overdue}: a follow-up is past due;
 * {@code waitingFirstContact}: nobody has contacted the customer yet although the lead waits for it.
 */
public record LeadFilter(LeadLevel level, LeadStatus status, Long ownerEmployeeId, boolean overdue,
        boolean waitingFirstContact) {
}
