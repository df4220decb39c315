package com.autosales.vehicles;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the stock list page shows around the rows: filter choices, the ageing table and its chart's data. */
@Component
class StockPageModel {

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
        return AgeingChart.json(ageing.buckets().stream().map(b -> new AgeingChart.Bar(b.bucket(), b.count(), b.cost())).toList(),
                b -> messages.getMessage(b.messageKey(), null, LocaleContextHolder.getLocale()),
                b -> "/vehicles/stock?age=" + b);
    }
}
