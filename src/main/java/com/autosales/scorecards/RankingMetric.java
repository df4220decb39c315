package com.autosales.scorecards;

/** What the monthly leaderboard ranks by. Gross margin only for those who may see it (targets:approve). */
public enum RankingMetric {
    UNITS, GROSS_MARGIN, ATTAINMENT, SATISFACTION;

    public String messageKey() {
        return "rankings.metric." + name();
    }
}
