package com.autosales.approvals;

import java.util.Objects;

/** Identifies one approval (审批单). */
public record ApprovalId(Long value) {

    public ApprovalId {
        Objects.requireNonNull(value, "value");
    }

    public static ApprovalId of(Long value) {
        return new ApprovalId(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
