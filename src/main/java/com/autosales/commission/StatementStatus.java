package com.autosales.commission;

/** Draft (recalculated and adjusted freely) → submitted (waiting for the GM) → approved, which locks it for good. */
public enum StatementStatus {
    DRAFT, SUBMITTED, APPROVED;

    public String messageKey() {
        return "commission.status." + name();
    }
}
