package com.autosales.reports;

import com.autosales.shared.web.DashboardChart;
import com.autosales.shared.web.DashboardChartJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A section's chart as the data {@code static/js/report-charts.js} draws, in the dashboards' format: point names in the
 * reader's language, one series per plotted column (a "—" cell stays a gap), each point's link to its records.
 */
@Component
public class ChartJson {

    private final ReportFormatter format;
    private final DashboardChartJson json;

    ChartJson(ReportFormatter format, DashboardChartJson json) {
        this.format = format;
        this.json = json;
    }

    public String of(ReportSection section, Locale locale) {
        Chart chart = section.chart();
        if (chart == null) {
            return null;
        }
        Column labelColumn = section.columns().get(chart.labelColumn());
        List<DashboardChart.Point> points = new ArrayList<>();
        for (ReportRow row : section.rows()) {
            points.add(new DashboardChart.Point(null, format.text(labelColumn.kind(), row.cell(chart.labelColumn()), locale),
                    row.link()));
        }
        List<DashboardChart.Series> series = new ArrayList<>();
        for (int column : chart.valueColumns()) {
            List<BigDecimal> values = new ArrayList<>();
            for (ReportRow row : section.rows()) {
                values.add(ReportFormatter.number(row.cell(column)));
            }
            Column plotted = section.columns().get(column);
            series.add(new DashboardChart.Series(plotted.labelKey(), DashboardChart.Kind.valueOf(plotted.kind().name()),
                    Collections.unmodifiableList(values)));
        }
        return json.of(new DashboardChart(DashboardChart.Type.valueOf(chart.type().name()), points, series), locale);
    }
}
