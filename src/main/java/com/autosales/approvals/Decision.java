package com.autosales.approvals;

/** What an approver decides: approve (同意), or return to the requester (退回), which needs a comment. */
public enum Decision { APPROVE, RETURN }
