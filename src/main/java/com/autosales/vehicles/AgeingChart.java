package com.autosales.vehicles;

import com.autosales.shared.Money;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of a stock-age bar chart ({@code static/js/stock-ageing.js}): per bucket its name, count, cost (if the
 * reader may see it) and, where there is one, the link that lists the bucket's vehicles.
 */
final class AgeingChart {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A bar. */
    record Bar(AgeBucket bucket, long count, Money cost) {
    }

    private AgeingChart() {
    }

    /** The bars as JSON; {@code names} in the reader's language, {@code hrefs} answering {@code null} for no link. */
    static String json(List<Bar> bars, Function<AgeBucket, String> names, Function<AgeBucket, String> hrefs) {
        return JSON.writeValueAsString(bars.stream().map(b -> {
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("name", names.apply(b.bucket()));
            bar.put("value", b.count());
            if (b.cost() != null) {
                bar.put("cost", b.cost().amount());
            }
            String href = hrefs.apply(b.bucket());
            if (href != null) {
                bar.put("href", href);
            }
            return bar;
        }).toList());
    }
}
