package com.autosales.scorecards;

import java.math.BigDecimal;
import java.util.List;

/**
 * A store's monthly leaderboard by one metric, the month's best consultant (null when nobody qualifies) with the basis
 * of the pick, and whether the reader sees gross margin.
 */
public record Leaderboard(Long storeId, String storeName, String month, RankingMetric metric, List<LeaderboardRow> rows,
        BestConsultant best, boolean marginVisible) {

    public record BestConsultant(Long employeeId, String name, String basis, BigDecimal scorecardTotal, BigDecimal units) {
    }
}
