package com.autosales.scorecards;

/** How an indicator's value against its target becomes a score. */
public enum RuleKind {
    /** Score = value / target × 100, at most the cap (e.g. 120). */
    LINEAR_TO_CAP,
    /** The score of the highest threshold the attainment (value / target in %) reaches, else 0. */
    THRESHOLDS;

    public String messageKey() {
        return "scorecards.rule." + name();
    }
}
