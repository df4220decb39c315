package com.autosales.vehicles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/** What the stock list page shows around the rows: filter choices, the ageing table and its chart's data. */
@Component
class StockPageModel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StockManagement stock;
    private final VehicleCatalogue catalogue;
    private final MessageSource messages;

    StockPageModel(StockManagement stock, VehicleCatalogue catalogue, MessageSource messages) {
        this.stock = stock;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    void listPage(Model model, StockFilter filter) {
        StockAgeing ageing = stock.ageing();
        List<TrimSummary> trims = catalogue.allTrims(LocaleContextHolder.getLocale());
        model.addAttribute("ageing", ageing);
        model.addAttribute("ageingChart", chart(ageing, filter));
        model.addAttribute("trims", trims);
        model.addAttribute("colours", trims.stream().flatMap(t -> t.exteriorColours().stream()).distinct().sorted().toList());
        model.addAttribute("statuses", StockStatus.values());
        model.addAttribute("buckets", AgeBucket.values());
        model.addAttribute("exportQuery", filter.query());
    }

    /** Bars of the buckets: name, count, cost (if visible) and the link that filters the list to the bucket. */
    private String chart(StockAgeing ageing, StockFilter filter) {
        List<Map<String, Object>> bars = ageing.buckets().stream().map(b -> {
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("name", messages.getMessage(b.bucket().messageKey(), null, LocaleContextHolder.getLocale()));
            bar.put("value", b.count());
            if (b.cost() != null) {
                bar.put("cost", b.cost().amount());
            }
            bar.put("href", "/vehicles/stock?age=" + b.bucket());
            return bar;
        }).toList();
        return JSON.writeValueAsString(bars);
    }
}
