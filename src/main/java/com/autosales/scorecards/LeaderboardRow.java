package com.autosales.scorecards;

import java.math.BigDecimal;

/**
 * A consultant on the leaderboard: rank now and last month ({@code change} positive = moved up, null = not ranked last
 * month), units delivered, gross margin (null when the reader may not see it), attainment in % (null: no target) and
 * the average satisfaction score (null: no survey).
 */
public record LeaderboardRow(int rank, Integer previousRank, Integer change, Long employeeId, String name,
        BigDecimal units, BigDecimal margin, BigDecimal attainment, BigDecimal satisfaction) {
}
