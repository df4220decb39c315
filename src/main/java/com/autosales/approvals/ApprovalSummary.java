package com.autosales.approvals;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import java.time.Instant;
import java.util.List;

/**
 * One approval as lists show it, with its title in the reader's language.
 *
 * @param currentStep the step waiting (or the step where it ended), 1-based
 * @param waitingFor  names of whoever may decide now (empty once closed)
 * @param actingFor   in my inbox: whose item I see as their deputy, or {@code null} when it is mine
 * @param version     to send back with a decision or withdrawal (optimistic locking)
 */
public record ApprovalSummary(Long id, String module, String recordType, Long recordId, String policyCode,
        String title, String link, Money amount, Percentage percentage, String requester, String requesterName,
        Instant requestedAt, ApprovalStatus status, int currentStep, int stepCount, Instant closedAt,
        List<String> waitingFor, String actingFor, long version) {

    public boolean pending() {
        return status == ApprovalStatus.PENDING;
    }
}
