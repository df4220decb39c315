package com.autosales.commission;

import com.autosales.org.OrgDirectory;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.RequiresPermission;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 提成规则 pages: the list and the form (new, change — a rule in use changes from a later day — and delete). */
@Controller
@RequiresPermission("targets:view")
class CommissionRuleController {

    private final RuleManagement rules;
    private final OrgDirectory org;
    private final VehicleChoices vehicles;
    private final FlashOutcome flash;
    private final MessageSource messages;

    CommissionRuleController(RuleManagement rules, OrgDirectory org, VehicleChoices vehicles, FlashOutcome flash,
            MessageSource messages) {
        this.rules = rules;
        this.org = org;
        this.vehicles = vehicles;
        this.flash = flash;
        this.messages = messages;
    }

    @GetMapping("/commission-rules")
    String list(Model model) {
        model.addAttribute("rules", rules.list());
        return "commission/rules";
    }

    @GetMapping("/commission-rules/new")
    @RequiresPermission("targets:edit")
    String newRule(Model model) {
        return form(model, new RuleForm(), null);
    }

    @PostMapping("/commission-rules")
    @RequiresPermission("targets:edit")
    String create(@ModelAttribute("form") RuleForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            refuseUnreadable(errors);
            RuleView created = rules.create(form);
            redirect.addFlashAttribute("successKey", "commission.rule.saved");
            return "redirect:/commission-rules#rule-" + created.id();
        } catch (DomainException e) {
            model.addAttribute("errorMessage", message(e));
            return form(model, form, null);
        }
    }

    @GetMapping("/commission-rules/{id}")
    String show(@PathVariable Long id, Model model) {
        RuleView rule = rules.get(id);
        return form(model, RuleForm.of(rule), rule);
    }

    @PostMapping("/commission-rules/{id}")
    @RequiresPermission("targets:edit")
    String update(@PathVariable Long id, @ModelAttribute("form") RuleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        RuleView rule = rules.get(id);
        try {
            refuseUnreadable(errors);
            RuleView saved = rules.update(id, form);
            redirect.addFlashAttribute("successKey", saved.id().equals(id) ? "commission.rule.saved"
                    : "commission.rule.succeeded");
            return "redirect:/commission-rules#rule-" + saved.id();
        } catch (DomainException e) {
            model.addAttribute("errorMessage", message(e));
            return form(model, form, rule);
        }
    }

    @PostMapping("/commission-rules/{id}/delete")
    @RequiresPermission("targets:edit")
    String delete(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return flash.run(null, redirect, "/commission-rules/" + id, "commission.rule.deleted", () -> {
            rules.delete(id, version);
            return "/commission-rules";
        });
    }

    private String form(Model model, RuleForm form, RuleView rule) {
        model.addAttribute("form", form);
        model.addAttribute("rule", rule);
        model.addAttribute("kinds", CommissionKind.RULE_KINDS);
        model.addAttribute("positions", org.positionNames());
        model.addAttribute("vehicles", vehicles.all(LocaleContextHolder.getLocale()));
        return "commission/rule-form";
    }

    /** A number or date the form could not read: refused like any other bad input, nothing saved. */
    private static void refuseUnreadable(BindingResult errors) {
        if (errors.hasErrors()) {
            throw new DomainException("commission.form-unreadable");
        }
    }

    private String message(DomainException e) {
        return messages.getMessage(e.messageKey(), e.args(), e.code(), LocaleContextHolder.getLocale());
    }
}
