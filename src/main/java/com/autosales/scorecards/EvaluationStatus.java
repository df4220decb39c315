package com.autosales.scorecards;

/** Draft (recomputed at will) → submitted by the manager (frozen) → acknowledged by the employee (确认). */
public enum EvaluationStatus {
    DRAFT, SUBMITTED, ACKNOWLEDGED;

    public String messageKey() {
        return "scorecards.status." + name();
    }
}
