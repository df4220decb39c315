package com.autosales.sales;

import com.autosales.approvals.ApprovalStatus;
import java.time.Instant;

/** Applies a final approval outcome to a submitted contract, once (a second delivery of the outcome changes nothing). */
final class ContractDecisions {

    private ContractDecisions() {
    }

    static void apply(Contract contract, ApprovalStatus outcome, String comment, Instant now, ContractRecords records,
            String actor, String actorName) {
        if (contract.status() != ContractStatus.SUBMITTED) {
            return;
        }
        if (outcome == ApprovalStatus.APPROVED) {
            contract.approvalGranted(now);
            records.step(contract, "APPROVE", ContractStatus.SUBMITTED, comment, actor, actorName);
        } else if (outcome == ApprovalStatus.RETURNED) {
            contract.approvalReturned(comment, now);
            records.step(contract, "RETURN", ContractStatus.SUBMITTED, comment, actor, actorName);
        }
    }
}
