package com.autosales.customers;

import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.RequiresPermission;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 信用与等级 — managers set a customer's credit and override its grade; admin/GM set the store's grade rules. */
@Controller
@RequiresPermission("customers:approve")
class CustomerCreditController {

    private static final String CREDIT_FORM = "customers/credit";
    private static final String GRADE_FORM = "customers/grade";
    private static final String RULES_FORM = "customers/grade-rules";

    private final CustomerManagement customers;
    private final CustomerCredit credit;
    private final CustomerGrading grading;

    CustomerCreditController(CustomerManagement customers, CustomerCredit credit, CustomerGrading grading) {
        this.customers = customers;
        this.credit = credit;
        this.grading = grading;
    }

    @ModelAttribute("creditRatings")
    CreditRating[] creditRatings() {
        return CreditRating.values();
    }

    @ModelAttribute("grades")
    Grade[] grades() {
        return Grade.values();
    }

    @GetMapping("/customers/{id}/credit")
    String creditForm(@PathVariable Long id, Model model) {
        CustomerSummary customer = customers.get(id);
        CreditView view = credit.view(id);
        model.addAttribute("customer", customer);
        model.addAttribute("version", view.version());
        model.addAttribute("creditForm", CreditForm.of(view));
        return CREDIT_FORM;
    }

    @PostMapping("/customers/{id}/credit")
    String saveCredit(@PathVariable Long id, @RequestParam long version,
            @Valid @ModelAttribute("creditForm") CreditForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("customer", customers.forResubmittedForm(id));
        model.addAttribute("version", version);
        if (errors.hasErrors()) {
            return CREDIT_FORM;
        }
        try {
            credit.save(id, version, form);
        } catch (ConcurrentChangeException e) {
            errors.reject("error.concurrent-change");
            return CREDIT_FORM;
        } catch (DomainException e) {
            errors.reject(e.messageKey(), e.args(), e.code());
            return CREDIT_FORM;
        }
        redirect.addFlashAttribute("successKey", "customer.credit.saved");
        return "redirect:/customers/" + id + "#customer-credit";
    }

    @GetMapping("/customers/{id}/grade")
    String gradeForm(@PathVariable Long id, Model model) {
        CustomerSummary customer = customers.get(id);
        GradeView view = grading.view(id);
        model.addAttribute("customer", customer);
        model.addAttribute("grading", view);
        model.addAttribute("gradeOverride", GradeOverride.blank(view.version()));
        return GRADE_FORM;
    }

    @PostMapping("/customers/{id}/grade")
    String override(@PathVariable Long id, @Valid @ModelAttribute("gradeOverride") GradeOverride form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                grading.override(id, form.version(), form.grade(), form.reason());
                redirect.addFlashAttribute("successKey", "customer.credit.grade-overridden");
                return "redirect:/customers/" + id + "#customer-credit";
            } catch (ConcurrentChangeException e) {
                errors.reject("error.concurrent-change");
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.args(), e.code());
            }
        }
        model.addAttribute("customer", customers.forResubmittedForm(id));
        model.addAttribute("grading", grading.view(id));
        return GRADE_FORM;
    }

    @PostMapping("/customers/{id}/grade/clear")
    String clearOverride(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            grading.clearOverride(id, version);
            redirect.addFlashAttribute("successKey", "customer.credit.grade-cleared");
        } catch (ConcurrentChangeException e) {
            redirect.addFlashAttribute("creditErrorKey", "error.concurrent-change");
        } catch (DomainException e) {
            redirect.addFlashAttribute("creditErrorKey", e.messageKey());
        }
        return "redirect:/customers/" + id + "#customer-credit";
    }

    @GetMapping("/customers/grade-rules")
    @RequiresPermission("customers:admin")
    String rules(@RequestParam(required = false) Long storeId, Model model) {
        Long store = storeId == null ? grading.defaultRuleStore() : storeId;
        model.addAttribute("gradeRules", grading.rules(store));
        rulesPage(store, grading.rulesVersion(store), model);
        return RULES_FORM;
    }

    @PostMapping("/customers/grade-rules")
    @RequiresPermission("customers:admin")
    String saveRules(@RequestParam Long storeId, @RequestParam long version,
            @Valid @ModelAttribute("gradeRules") GradeRules rules, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        grading.rules(storeId); // 404 for a store the user may not set
        rulesPage(storeId, version, model);
        if (errors.hasErrors()) {
            return RULES_FORM;
        }
        try {
            grading.saveRules(storeId, version, rules);
        } catch (ConcurrentChangeException e) {
            errors.reject("error.concurrent-change");
            return RULES_FORM;
        } catch (DomainException e) {
            errors.reject(e.messageKey(), e.args(), e.code());
            return RULES_FORM;
        }
        redirect.addFlashAttribute("successKey", "customer.credit.rules-saved");
        return "redirect:/customers/grade-rules?storeId=" + storeId;
    }

    private void rulesPage(Long storeId, long version, Model model) {
        model.addAttribute("storeId", storeId);
        model.addAttribute("version", version);
        model.addAttribute("stores", grading.ruleStores());
    }
}
