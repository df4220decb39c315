package com.autosales.reports;

import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.RequiresPermission;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 营销投入录入 — the sales manager or general manager enters a month's spend per lead source for the ROI report. */
@Controller
@RequiresPermission(LeadSourceRoiReport.COST_AUTHORITY)
class LeadSourceCostController {

    static final String PATH = "/reports/lead-source-roi/costs";
    private static final String FORM = "reports/lead-source-costs";

    private final LeadSourceCosts costs;
    private final MessageSource messages;
    private final Clock clock;

    LeadSourceCostController(LeadSourceCosts costs, MessageSource messages, Clock clock) {
        this.costs = costs;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String form(@RequestParam(required = false) YearMonth month, Locale locale, Model model) {
        YearMonth chosen = month == null ? YearMonth.now(clock) : month;
        model.addAttribute("month", chosen);
        try {
            model.addAttribute("costs", costs.form(chosen));
        } catch (DomainException e) {
            model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), e.code(), locale));
        }
        return FORM;
    }

    @PostMapping(PATH)
    String save(@Valid @ModelAttribute("costs") LeadSourceCostForm form, BindingResult errors, Locale locale,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("month", form.getMonth());
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            costs.save(form);
        } catch (ConcurrentChangeException e) {
            errors.reject("error.concurrent-change");
            return FORM;
        } catch (DomainException e) {
            model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), e.code(), locale));
            return FORM;
        }
        redirect.addFlashAttribute("successKey", "reports.costs.saved");
        return "redirect:" + PATH + "?month=" + form.getMonth();
    }
}
