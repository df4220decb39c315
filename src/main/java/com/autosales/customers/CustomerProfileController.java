package com.autosales.customers;

import com.autosales.shared.ConcurrentChangeException;
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

/** 客户档案卡 — each section of the card has its own small form, saved with the card's version. */
@Controller
@RequiresPermission("customers:edit")
class CustomerProfileController {

    private static final String FORM = "customers/profile";
    private static final String FORM_OBJECT = "profileForm";

    private final CustomerManagement customers;
    private final CustomerProfiles profiles;

    CustomerProfileController(CustomerManagement customers, CustomerProfiles profiles) {
        this.customers = customers;
        this.profiles = profiles;
    }

    @GetMapping("/customers/{id}/profile/basic")
    String basic(@PathVariable Long id, Model model) {
        return form(id, ProfileBasic.KEY, model);
    }

    @PostMapping("/customers/{id}/profile/basic")
    String saveBasic(@PathVariable Long id, @RequestParam long version,
            @Valid @ModelAttribute(FORM_OBJECT) ProfileBasic form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return save(id, version, form, errors, model, redirect);
    }

    @GetMapping("/customers/{id}/profile/traits")
    String traits(@PathVariable Long id, Model model) {
        return form(id, ProfileTraits.KEY, model);
    }

    @PostMapping("/customers/{id}/profile/traits")
    String saveTraits(@PathVariable Long id, @RequestParam long version,
            @Valid @ModelAttribute(FORM_OBJECT) ProfileTraits form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return save(id, version, form, errors, model, redirect);
    }

    @GetMapping("/customers/{id}/profile/business")
    String business(@PathVariable Long id, Model model) {
        return form(id, ProfileBusiness.KEY, model);
    }

    @PostMapping("/customers/{id}/profile/business")
    String saveBusiness(@PathVariable Long id, @RequestParam long version,
            @Valid @ModelAttribute(FORM_OBJECT) ProfileBusiness form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return save(id, version, form, errors, model, redirect);
    }

    @GetMapping("/customers/{id}/profile/trading")
    String trading(@PathVariable Long id, Model model) {
        return form(id, ProfileTrading.KEY, model);
    }

    @PostMapping("/customers/{id}/profile/trading")
    String saveTrading(@PathVariable Long id, @RequestParam long version,
            @Valid @ModelAttribute(FORM_OBJECT) ProfileTrading form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return save(id, version, form, errors, model, redirect);
    }

    @GetMapping("/customers/{id}/profile/classification")
    String classification(@PathVariable Long id, Model model) {
        return form(id, ProfileClassification.KEY, model);
    }

    @PostMapping("/customers/{id}/profile/classification")
    String saveClassification(@PathVariable Long id, @RequestParam long version,
            @Valid @ModelAttribute(FORM_OBJECT) ProfileClassification form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return save(id, version, form, errors, model, redirect);
    }

    private String form(Long id, String key, Model model) {
        CustomerSummary customer = customers.get(id);
        ProfileCard card = profiles.card(id);
        model.addAttribute("customer", customer);
        model.addAttribute("section", ProfileForms.of(key));
        model.addAttribute("version", card.version());
        model.addAttribute(FORM_OBJECT, card.section(key));
        return FORM;
    }

    private String save(Long id, long version, ProfileSection form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("customer", customers.forResubmittedForm(id));
        model.addAttribute("section", ProfileForms.of(form.key()));
        model.addAttribute("version", version);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            profiles.save(id, version, form);
        } catch (ConcurrentChangeException e) {
            errors.reject("error.concurrent-change");
            return FORM;
        }
        redirect.addFlashAttribute("successKey", "customer.profile.saved");
        return "redirect:/customers/" + id + "#profile-" + form.key();
    }
}
