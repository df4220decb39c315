package com.autosales.approvals;

/** The requester withdrew the request while it was pending. */
public record ApprovalWithdrawn(ApprovalId approvalId, String module, String recordType, Long recordId,
        String policyCode) {
}
