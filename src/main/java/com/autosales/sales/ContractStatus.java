package com.autosales.sales;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * 合同状态 — draft → submitted → approved (or returned to the consultant with a comment) → signed → deposit received →
 * vehicle allocated → delivered → closed; cancelled with a reason before delivery, except while in review (the
 * reviewer decides first).
 */
public enum ContractStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, SIGNED, DEPOSIT_RECEIVED, ALLOCATED, DELIVERED, CLOSED, CANCELLED;

    private static final Map<ContractStatus, Set<ContractStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, CANCELLED),
            SUBMITTED, EnumSet.of(APPROVED, RETURNED),
            RETURNED, EnumSet.of(SUBMITTED, CANCELLED),
            APPROVED, EnumSet.of(SIGNED, CANCELLED),
            SIGNED, EnumSet.of(DEPOSIT_RECEIVED, CANCELLED),
            DEPOSIT_RECEIVED, EnumSet.of(ALLOCATED, CANCELLED),
            ALLOCATED, EnumSet.of(DELIVERED, CANCELLED),
            DELIVERED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(ContractStatus.class),
            CANCELLED, EnumSet.noneOf(ContractStatus.class));

    public boolean canMoveTo(ContractStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The consultant may still change the contract's content (parties, terms, dates) in these. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Signed and not yet finished: the PDF is archived and changes need an amendment. */
    public boolean signed() {
        return this == SIGNED || this == DEPOSIT_RECEIVED || this == ALLOCATED || this == DELIVERED || this == CLOSED;
    }

    /** Still binding on the quote and the vehicle. */
    public boolean live() {
        return this != CANCELLED && this != CLOSED;
    }
}
