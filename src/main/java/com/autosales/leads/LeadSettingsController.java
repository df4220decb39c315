package com.autosales.leads;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.RequiresPermission;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Level definitions and follow-up cadence of my store, and the lost reasons, for sales managers. */
@Controller
@RequiresPermission("leads:approve")
class LeadSettingsController {

    private final LeadSettings settings;
    private final CurrentUsers currentUsers;

    LeadSettingsController(LeadSettings settings, CurrentUsers currentUsers) {
        this.settings = settings;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/leads/settings")
    String show(Model model) {
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("rules", settings.rulesOf(currentUsers.requireStore()));
        model.addAttribute("levels", LeadLevel.values());
        model.addAttribute("lostReasons", settings.lostReasons());
        if (!model.containsAttribute("response")) {
            model.addAttribute("response", settings.responseRuleOf(currentUsers.requireStore()));
        }
        return "leads/settings";
    }

    @PostMapping("/leads/settings/response")
    String saveResponse(@RequestParam(required = false) String firstContactMinutes,
            @RequestParam(required = false) String reassignAfterMinutes, @RequestParam(required = false) String opensAt,
            @RequestParam(required = false) String closesAt, Model model, RedirectAttributes redirect) {
        try {
            settings.saveResponseRule(currentUsers.requireStore(), new ResponseRule(minutes(firstContactMinutes),
                    minutes(reassignAfterMinutes), time(opensAt), time(closesAt)));
        } catch (DomainException e) {
            model.addAttribute("responseError", e.messageKey());
            model.addAttribute("response", new ResponseRule(minutes(firstContactMinutes), minutes(reassignAfterMinutes),
                    time(opensAt), time(closesAt)));
            return page(model);
        }
        redirect.addFlashAttribute("successKey", "leads.settings.saved");
        return "redirect:/leads/settings#first-contact";
    }

    private static int minutes(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static LocalTime time(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @PostMapping("/leads/settings")
    String save(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<LeadLevel, LevelRule> rules = new EnumMap<>(LeadLevel.class);
        try {
            for (LeadLevel level : LeadLevel.values()) {
                rules.put(level, new LevelRule(Integer.parseInt(params.getOrDefault("buy" + level, "").trim()),
                        Integer.parseInt(params.getOrDefault("cadence" + level, "").trim())));
            }
            settings.save(currentUsers.requireStore(), rules);
        } catch (NumberFormatException | DomainException e) {
            model.addAttribute("settingsError", "error.leads.settings-out-of-range");
            return page(model);
        }
        redirect.addFlashAttribute("successKey", "leads.settings.saved");
        return "redirect:/leads/settings";
    }

    @PostMapping("/leads/settings/reasons")
    String addReason(@RequestParam(required = false) String nameZh, @RequestParam(required = false) String nameEn,
            RedirectAttributes redirect) {
        try {
            settings.addReason(nameZh, nameEn);
            redirect.addFlashAttribute("successKey", "leads.settings.reason-added");
        } catch (DomainException e) {
            redirect.addFlashAttribute("reasonError", e.messageKey());
        }
        return "redirect:/leads/settings#reasons";
    }

    @PostMapping("/leads/settings/reasons/remove")
    String removeReason(@RequestParam(required = false) Long reasonId, RedirectAttributes redirect) {
        if (reasonId == null) {
            return "redirect:/leads/settings#reasons";
        }
        settings.removeReason(reasonId);
        redirect.addFlashAttribute("successKey", "leads.settings.reason-removed");
        return "redirect:/leads/settings#reasons";
    }
}
