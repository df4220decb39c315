package com.autosales.scorecards;

import com.autosales.performance.PerformanceMetric;
import java.time.LocalDate;
import java.util.List;

/** A new contest: name, days, the metric counted, the prize, and the teams (UNITS) or people (PEOPLE) competing. */
public record ContestForm(String name, LocalDate from, LocalDate to, PerformanceMetric metric, String prize,
        String participantKind, List<Long> participants) {
}
