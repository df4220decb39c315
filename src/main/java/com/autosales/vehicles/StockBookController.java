package com.autosales.vehicles;

import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** 库存台账 — the stock book page of a month or a range of days, and its Excel export. */
@Controller
@RequiresPermission("vehicles:view")
class StockBookController {

    private final StockBookReport report;
    private final StockBookExcel excel;
    private final ReportPages pages;

    StockBookController(StockBookReport report, StockBookExcel excel, ReportPages pages) {
        this.report = report;
        this.excel = excel;
        this.pages = pages;
    }

    @GetMapping("/vehicles/stock-book")
    String book(@ModelAttribute("filter") StockBookFilter filter, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            model.addAttribute("filter", StockBookFilter.NONE);
        } else {
            model.addAttribute("selectedMonth", filter.month());
        }
        pages.fill(binding, model, () -> {
            BookPeriod period = filter.period(report.today());
            model.addAttribute("period", period);
            model.addAttribute("book", report.book(period));
            model.addAttribute("periodQuery", StockBookFilter.query(period));
            if (period.month() != null) {
                model.addAttribute("selectedMonth", period.month());
                model.addAttribute("previousMonth", period.month().minusMonths(1));
                model.addAttribute("nextMonth", period.month().plusMonths(1));
            }
        });
        return "vehicles/stock-book";
    }

    @GetMapping("/vehicles/stock-book/export.xlsx")
    @RequiresPermission("vehicles:export")
    void export(StockBookFilter filter, BindingResult binding, Locale locale, HttpServletResponse response)
            throws IOException {
        ReportPages.refuseUnreadable(binding);
        excel.respond(report.book(filter.period(report.today())), locale, response);
    }
}
