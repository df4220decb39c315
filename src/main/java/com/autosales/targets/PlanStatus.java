package com.autosales.targets;

/**
 * 草稿 → 审批中 → 已批准 (locked, in force) → 已取代 once a later version is approved. A returned or withdrawn
 * submission is a draft again.
 */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, SUPERSEDED;

    public String messageKey() {
        return "targets.status." + name();
    }
}
