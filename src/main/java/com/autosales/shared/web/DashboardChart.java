package com.autosales.shared.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A dashboard panel's chart in the shape {@code static/js/report-charts.js} draws: points (named by a message key or a
 * literal, each with the link to its records) and series of values, one per point. Names are resolved in the reader's
 * language when the page is drawn ({@link DashboardChartJson}).
 */
public record DashboardChart(Type type, List<Point> points, List<Series> series) {

    public enum Type {
        BAR, LINE, PIE, PARETO, FUNNEL
    }

    /** How values are shown: counts, yuan, percent or plain decimals, as the report centre's numeric column kinds. */
    public enum Kind {
        COUNT, MONEY, PERCENT, DECIMAL
    }

    public record Point(String labelKey, String text, String link) {
    }

    public record Series(String nameKey, Kind kind, List<BigDecimal> values) {
    }

    public static Builder builder(Type type) {
        return new Builder(type);
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** Series first, then points with one value per series. */
    public static final class Builder {

        private final Type type;
        private final List<Point> points = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final List<Kind> kinds = new ArrayList<>();
        private final List<List<BigDecimal>> values = new ArrayList<>();

        private Builder(Type type) {
            this.type = type;
        }

        public Builder series(String nameKey, Kind kind) {
            names.add(nameKey);
            kinds.add(kind);
            values.add(new ArrayList<>());
            return this;
        }

        /** A point named by a message key. */
        public Builder point(String labelKey, String link, Number... pointValues) {
            return add(new Point(labelKey, null, link), pointValues);
        }

        /** A point named by a literal (a person's name, a level letter, an hour). */
        public Builder literalPoint(String text, String link, Number... pointValues) {
            return add(new Point(null, text, link), pointValues);
        }

        private Builder add(Point point, Number... pointValues) {
            if (pointValues.length != names.size()) {
                throw new IllegalArgumentException("one value per series expected");
            }
            points.add(point);
            for (int i = 0; i < pointValues.length; i++) {
                values.get(i).add(pointValues[i] == null ? null : new BigDecimal(pointValues[i].toString()));
            }
            return this;
        }

        public DashboardChart build() {
            List<Series> series = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                series.add(new Series(names.get(i), kinds.get(i), List.copyOf(values.get(i).stream()
                        .map(v -> v == null ? BigDecimal.ZERO : v).toList())));
            }
            return new DashboardChart(type, List.copyOf(points), List.copyOf(series));
        }
    }
}
