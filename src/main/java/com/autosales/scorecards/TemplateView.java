package com.autosales.scorecards;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A template version as pages and the API show it. */
public record TemplateView(Long id, String positionCode, String positionName, String name, int versionNo,
        boolean current, List<Line> lines, String updatedBy, Instant updatedAt, long version) {

    public record Line(Indicator indicator, int weight, BigDecimal target, RuleKind rule, BigDecimal cap,
            List<Threshold> thresholds) {

        public String thresholdsText() {
            return Threshold.format(thresholds);
        }
    }

    /** The line of an indicator, or null when the template does not measure it (for the edit form). */
    public Line line(Indicator indicator) {
        return lines.stream().filter(l -> l.indicator() == indicator).findFirst().orElse(null);
    }
}
