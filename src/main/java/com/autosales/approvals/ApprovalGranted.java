package com.autosales.approvals;

/** The last approver approved: the requesting module may go ahead with the record. */
public record ApprovalGranted(ApprovalId approvalId, String module, String recordType, Long recordId,
        String policyCode) {
}
