package com.autosales.payments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/** The analysis figures as the chart script reads them from the page: name and value of each cause or month-end. */
final class ArrearsChart {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArrearsChart() {
    }

    /** Causes with overdue money only: a pie of zeros says nothing. */
    static String causes(ArrearsAnalysis analysis, Function<ArrearsCause, String> label) {
        return JSON.writeValueAsString(analysis.byCause().stream().filter(c -> c.amount().amount().signum() > 0)
                .map(c -> point(label.apply(c.cause()), c.amount().amount())).toList());
    }

    static String trend(ArrearsAnalysis analysis) {
        return JSON.writeValueAsString(analysis.trend().stream()
                .map(p -> point(p.asOf().toString(), p.overdue().amount())).toList());
    }

    private static Map<String, Object> point(String name, Object value) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("name", name);
        point.put("value", value);
        return point;
    }
}
