package com.autosales.approvals;

/** An approver returned (rejected) the request, with a comment ({@code decidedBy}, their name): the requesting module may reopen the record. */
public record ApprovalReturned(ApprovalId approvalId, String module, String recordType, Long recordId,
        String policyCode, String comment, String decidedBy) {
}
