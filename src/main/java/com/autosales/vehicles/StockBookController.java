package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
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
    private final StockStores stores;
    private final CurrentUsers currentUsers;
    private final ReportPageErrors errors;

    StockBookController(StockBookReport report, StockBookExcel excel, StockStores stores, CurrentUsers currentUsers,
            ReportPageErrors errors) {
        this.report = report;
        this.excel = excel;
        this.stores = stores;
        this.currentUsers = currentUsers;
        this.errors = errors;
    }

    @GetMapping("/vehicles/stock-book")
    String book(@ModelAttribute("filter") StockBookFilter filter, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            model.addAttribute("filter", StockBookFilter.NONE);
        } else {
            model.addAttribute("selectedMonth", filter.month());
        }
        errors.fill(binding, model, () -> {
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
        model.addAttribute("inbounds", BookKind.inbounds());
        model.addAttribute("outbounds", BookKind.outbounds());
        model.addAttribute("coveredStores", stores.coveredBy(currentUsers.scope()));
        return "vehicles/stock-book";
    }

    @GetMapping("/vehicles/stock-book/export.xlsx")
    @RequiresPermission("vehicles:export")
    void export(StockBookFilter filter, BindingResult binding, Locale locale, HttpServletResponse response)
            throws IOException {
        ReportPageErrors.refuseUnreadable(binding);
        excel.respond(report.book(filter.period(report.today())), locale, response);
    }
}
