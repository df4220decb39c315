package com.autosales.sales;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * 分期申请状态 — collecting documents → submitted to the lender → approved or rejected; approved → disbursed (放款).
 * Withdrawn (cancelled, with a reason) any time before the decision is final; a rejected application stays as it is
 * and the contract may get a new application to another lender.
 */
public enum LoanStatus {
    COLLECTING, SUBMITTED, APPROVED, REJECTED, DISBURSED, CANCELLED;

    private static final Map<LoanStatus, Set<LoanStatus>> NEXT = Map.of(
            COLLECTING, EnumSet.of(SUBMITTED, CANCELLED),
            SUBMITTED, EnumSet.of(APPROVED, REJECTED, CANCELLED),
            APPROVED, EnumSet.of(DISBURSED, CANCELLED),
            REJECTED, EnumSet.noneOf(LoanStatus.class),
            DISBURSED, EnumSet.noneOf(LoanStatus.class),
            CANCELLED, EnumSet.noneOf(LoanStatus.class));

    public boolean canMoveTo(LoanStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Alive: it holds the contract's one application (a disbursed loan too); rejected and cancelled ones free it. */
    public boolean live() {
        return this != REJECTED && this != CANCELLED;
    }

    /** Still moving: the finance specialist has something to do. */
    public boolean open() {
        return this == COLLECTING || this == SUBMITTED || this == APPROVED;
    }

    /** The terms (lender, amount, term, rate) may still be changed, and documents ticked. */
    public boolean editable() {
        return this == COLLECTING;
    }

    /** The Bootstrap badge class pages show the status with. */
    public String badge() {
        return switch (this) {
            case COLLECTING -> "text-bg-secondary";
            case SUBMITTED -> "text-bg-info";
            case APPROVED -> "text-bg-primary";
            case DISBURSED -> "text-bg-success";
            case REJECTED -> "text-bg-danger";
            case CANCELLED -> "text-bg-dark";
        };
    }

    /** The statuses that may follow this one, in the order the page offers them. */
    public Set<LoanStatus> next() {
        return NEXT.get(this);
    }
}
