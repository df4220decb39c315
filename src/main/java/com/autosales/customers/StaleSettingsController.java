package com.autosales.customers;

import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.web.RequiresPermission;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The store's stale-data threshold: after how many days without update or contact a card is flagged. */
@Controller
@RequiresPermission("customers:approve")
class StaleSettingsController {

    private static final String FORM = "customers/stale-settings";

    private final CustomerStaleness staleness;

    StaleSettingsController(CustomerStaleness staleness) {
        this.staleness = staleness;
    }

    @GetMapping("/customers/stale-settings")
    String form(Model model) {
        model.addAttribute("setting", staleness.setting());
        model.addAttribute("defaultDays", staleness.defaultDays());
        return FORM;
    }

    @PostMapping("/customers/stale-settings")
    String save(@Valid @ModelAttribute("setting") StaleSetting setting, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("defaultDays", staleness.defaultDays());
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            staleness.save(setting);
        } catch (ConcurrentChangeException e) {
            errors.reject("error.concurrent-change");
            return FORM;
        }
        redirect.addFlashAttribute("successKey", "customer.visits.stale.saved");
        return "redirect:/customers/stale-settings";
    }
}
