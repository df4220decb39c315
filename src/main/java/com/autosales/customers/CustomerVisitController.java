package com.autosales.customers;

import com.autosales.shared.DomainException;
import com.autosales.shared.web.Htmx;
import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 客户访问 — the visits of a card with the quick form, and the daily and monthly visit reports. */
@Controller
@RequiresPermission("customers:view")
class CustomerVisitController {

    private static final String PAGE = "customers/visits";
    private static final String FRAGMENT = "customers/visits :: visits";

    private final CustomerManagement customers;
    private final CustomerVisits visits;
    private final VisitReportExcel excel;

    CustomerVisitController(CustomerManagement customers, CustomerVisits visits, VisitReportExcel excel) {
        this.customers = customers;
        this.visits = visits;
        this.excel = excel;
    }

    @ModelAttribute("visitKinds")
    VisitKind[] visitKinds() {
        return VisitKind.values();
    }

    @GetMapping("/customers/{id}/visits")
    String list(@PathVariable Long id, HttpServletRequest request, Model model) {
        model.addAttribute("customer", customers.forResubmittedForm(id));
        model.addAttribute("visits", visits.ofCustomer(id));
        model.addAttribute("visitForm", VisitForm.blank());
        return Htmx.isHtmx(request) ? FRAGMENT : PAGE;
    }

    @PostMapping("/customers/{id}/visits")
    @RequiresPermission("customers:edit")
    String record(@PathVariable Long id, @Valid @ModelAttribute("visitForm") VisitForm form, BindingResult errors,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        model.addAttribute("customer", customers.forResubmittedForm(id));
        if (!errors.hasErrors()) {
            try {
                visits.record(id, form);
                if (!Htmx.isHtmx(request)) {
                    redirect.addFlashAttribute("successKey", "customer.visits.saved");
                    return "redirect:/customers/" + id + "#visits";
                }
                model.addAttribute("visitSaved", true);
                model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "visitForm");
                model.addAttribute("visitForm", VisitForm.blank());
            } catch (DomainException e) {
                String field = e.code().endsWith("in-future") ? "visitedAt" : e.code().endsWith("next-date-past") ? "nextDate" : null;
                if (field == null) {
                    errors.reject(e.messageKey(), e.args(), e.code());
                } else {
                    errors.rejectValue(field, e.messageKey(), e.args(), e.code());
                }
            }
        }
        model.addAttribute("visits", visits.ofCustomer(id));
        return Htmx.isHtmx(request) ? FRAGMENT : PAGE;
    }

    /** 客户访问日报 / 月报 — per rep, for a day or a month, within the reader's data scope. */
    @GetMapping("/customers/visits")
    String reports(@RequestParam(defaultValue = "DAY") VisitReport.Period period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        LocalDate chosenDay = day == null ? visits.today() : day;
        YearMonth chosenMonth = month == null ? YearMonth.from(visits.today()) : month;
        model.addAttribute("period", period);
        model.addAttribute("day", chosenDay);
        model.addAttribute("month", chosenMonth);
        model.addAttribute("report", period == VisitReport.Period.MONTH ? visits.monthly(chosenMonth) : visits.daily(chosenDay));
        return "customers/visit-reports";
    }

    @GetMapping("/customers/visits/export.xlsx")
    @RequiresPermission("customers:export")
    void export(@RequestParam(defaultValue = "DAY") VisitReport.Period period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Locale locale,
            HttpServletResponse response) throws IOException {
        VisitReport report = period == VisitReport.Period.MONTH
                ? visits.monthly(month == null ? YearMonth.from(visits.today()) : month)
                : visits.daily(day == null ? visits.today() : day);
        excel.respond(report, locale, response);
    }
}
