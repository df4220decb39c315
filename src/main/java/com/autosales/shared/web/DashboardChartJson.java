package com.autosales.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A dashboard chart as the JSON {@code report-charts.js} reads from {@code data-chart}, names in the reader's language. */
@Component
public class DashboardChartJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final MessageSource messages;

    DashboardChartJson(MessageSource messages) {
        this.messages = messages;
    }

    public String of(DashboardChart chart, Locale locale) {
        if (chart == null || chart.isEmpty()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (DashboardChart.Point point : chart.points()) {
            labels.add(point.text() != null ? point.text() : messages.getMessage(point.labelKey(), null, locale));
            links.add(point.link());
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (DashboardChart.Series s : chart.series()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", messages.getMessage(s.nameKey(), null, locale));
            one.put("kind", s.kind().name());
            one.put("values", s.values());
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
