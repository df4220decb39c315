package com.autosales.approvals;

/** 审批中 / 已通过 / 已退回 / 已撤回. */
public enum ApprovalStatus { PENDING, APPROVED, RETURNED, WITHDRAWN }
