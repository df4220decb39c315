package com.autosales.funnel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/** The stage figures as the chart script reads them from the page: name, value and the drill-down of each stage. */
final class FunnelChart {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FunnelChart() {
    }

    static String json(List<StageFigure> stages, FunnelFilter filter, Function<FunnelStage, String> label) {
        List<Map<String, Object>> data = stages.stream().map(s -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("name", label.apply(s.stage()));
            point.put("value", s.count());
            point.put("href", recordsLink(s.stage(), filter));
            return point;
        }).toList();
        return JSON.writeValueAsString(data);
    }

    /** The drill-down of a stage for this filter. */
    static String recordsLink(FunnelStage stage, FunnelFilter filter) {
        String query = filter.query();
        return "/funnel/records?stage=" + stage + (query.isEmpty() ? "" : "&" + query);
    }
}
