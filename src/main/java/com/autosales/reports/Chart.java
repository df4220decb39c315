package com.autosales.reports;

import java.util.List;

/**
 * How a section's table is drawn: the type, the column whose values name the points, and the columns plotted as
 * series. PARETO draws the first value column as bars and the second (a cumulative percentage) as a line on a
 * percent axis; PIE plots the first value column only.
 */
public record Chart(Type type, int labelColumn, List<Integer> valueColumns) {

    public enum Type {
        BAR, LINE, PIE, PARETO, FUNNEL
    }

    public static Chart of(Type type, int labelColumn, Integer... valueColumns) {
        return new Chart(type, labelColumn, List.of(valueColumns));
    }
}
