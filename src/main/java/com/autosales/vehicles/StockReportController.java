package com.autosales.vehicles;

import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** 周库存报表 — the weekly stock report as of a day, with its stock-age chart, and its Excel export. */
@Controller
@RequiresPermission("vehicles:view")
class StockReportController {

    private final WeeklyStockReport reports;
    private final StockReportExcel excel;
    private final ReportPages pages;
    private final MessageSource messages;

    StockReportController(WeeklyStockReport reports, StockReportExcel excel, ReportPages pages, MessageSource messages) {
        this.reports = reports;
        this.excel = excel;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/vehicles/stock-report")
    String report(@ModelAttribute("filter") StockReportFilter filter, BindingResult binding, Locale locale, Model model) {
        if (binding.hasErrors()) {
            model.addAttribute("filter", StockReportFilter.NONE);
        }
        pages.fill(binding, model, () -> {
            StockReport report = reports.asOf(filter.dayOr(reports.today()));
            boolean today = report.asOf().equals(reports.today());
            model.addAttribute("report", report);
            model.addAttribute("ageingChart", AgeingChart.json(Stream.of(AgeBucket.values())
                    .map(b -> new AgeingChart.Bar(b, report.ageingTotal().buckets().get(b).units(),
                            report.ageingTotal().buckets().get(b).cost())).toList(),
                    b -> messages.getMessage(b.messageKey(), null, locale), b -> today ? "/vehicles/stock?age=" + b : null));
        });
        model.addAttribute("standingStatuses", StockReportQueries.STANDING);
        model.addAttribute("comingStatuses", StockReportQueries.COMING);
        model.addAttribute("buckets", AgeBucket.values());
        return "vehicles/stock-report";
    }

    @GetMapping("/vehicles/stock-report/export.xlsx")
    @RequiresPermission("vehicles:export")
    void export(StockReportFilter filter, BindingResult binding, Locale locale, HttpServletResponse response)
            throws IOException {
        ReportPages.refuseUnreadable(binding);
        excel.respond(reports.asOf(filter.dayOr(reports.today())), locale, response);
    }
}
