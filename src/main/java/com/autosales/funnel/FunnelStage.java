package com.autosales.funnel;

import java.util.Optional;

/** 漏斗阶段 — the stages of the sales funnel in their order, from the first visit or call to the delivered car. */
public enum FunnelStage {
    VISIT, LEAD, TEST_DRIVE, QUOTE, ORDER, DELIVERY;

    /** The stage before this one; empty for visits, the top of the funnel. */
    public Optional<FunnelStage> previous() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }
}
