package com.autosales.approvals;

/** The last approver ({@code decidedBy}, their name) approved: the requesting module may go ahead with the record. */
public record ApprovalGranted(ApprovalId approvalId, String module, String recordType, Long recordId,
        String policyCode, String decidedBy) {
}
