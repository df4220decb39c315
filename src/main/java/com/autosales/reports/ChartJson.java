package com.autosales.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A section's chart as the data {@code static/js/report-charts.js} draws: type, point names in the reader's language,
 * one series per plotted column, and each point's link to the records behind it.
 */
@Component
public class ChartJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ReportFormatter format;

    ChartJson(ReportFormatter format) {
        this.format = format;
    }

    public String of(ReportSection section, Locale locale) {
        Chart chart = section.chart();
        if (chart == null) {
            return null;
        }
        Column labelColumn = section.columns().get(chart.labelColumn());
        List<String> labels = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (ReportRow row : section.rows()) {
            labels.add(format.text(labelColumn.kind(), row.cell(chart.labelColumn()), locale));
            links.add(row.link());
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (int column : chart.valueColumns()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", format.message(section.columns().get(column).labelKey(), locale));
            one.put("kind", section.columns().get(column).kind().name());
            List<BigDecimal> values = new ArrayList<>();
            for (ReportRow row : section.rows()) {
                values.add(ReportFormatter.number(row.cell(column)));
            }
            one.put("values", values);
            series.add(one);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", chart.type().name());
        data.put("labels", labels);
        data.put("series", series);
        data.put("links", links);
        return JSON.writeValueAsString(data);
    }
}
