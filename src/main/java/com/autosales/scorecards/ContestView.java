package com.autosales.scorecards;

import com.autosales.performance.PerformanceMetric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contest with its live standing, best first; {@code value} null when the reader may not see it (gross margin
 * without targets:approve).
 */
public record ContestView(Long id, String name, LocalDate from, LocalDate to, PerformanceMetric metric, String prize,
        String participantKind, boolean running, String createdBy, List<Standing> standings) {

    public record Standing(int rank, Long participantId, String name, BigDecimal value) {
    }
}
