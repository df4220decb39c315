package com.autosales.scorecards;

import java.math.BigDecimal;
import java.util.List;

/** A template as submitted: its name, the indicators with weight, target and rule, and the version read. */
public record TemplateForm(String name, List<Line> lines, Long version) {

    public record Line(Indicator indicator, Integer weight, BigDecimal target, RuleKind rule, BigDecimal cap,
            List<Threshold> thresholds) {
    }
}
