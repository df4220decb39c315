package com.autosales.customers;

import com.autosales.shared.web.RequiresPermission;
import com.autosales.access.CurrentUsers;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.DuplicateRecordException;
import com.autosales.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
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

/** Customer list with live search, the card, and the create/edit form. */
@Controller
@RequiresPermission("customers:view")
class CustomerController {

    private static final String FORM = "customers/form";
    private static final String SHOW = "customers/show";

    private final CustomerManagement customers;
    private final CurrentUsers currentUsers;
    private final CustomerProfiles profiles;
    private final CustomerContactsCard contactsCard; // customers: contacts

    CustomerController(CustomerManagement customers, CurrentUsers currentUsers, CustomerProfiles profiles,
            CustomerContactsCard contactsCard) {
        this.customers = customers;
        this.currentUsers = currentUsers;
        this.profiles = profiles;
        this.contactsCard = contactsCard;
    }

    @ModelAttribute("kinds")
    CustomerKind[] kinds() {
        return CustomerKind.values();
    }

    @ModelAttribute("lifecycles")
    Lifecycle[] lifecycles() {
        return Lifecycle.values();
    }

    @ModelAttribute("grades")
    Grade[] grades() {
        return Grade.values();
    }

    @GetMapping("/customers")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            ProfileFilter filter, HttpServletRequest request, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("filter", filter);
        model.addAttribute("filterOptions", ProfileFilterOptions.INSTANCE);
        model.addAttribute("customers", customers.list(q, filter, page));
        return Htmx.isHtmx(request) ? "customers/list :: results" : "customers/list";
    }

    /** The filter bar with how many customers carry each value; loaded after the list, since counting takes longer. */
    @GetMapping("/customers/filters")
    String filters(ProfileFilter filter, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("filterOptions", ProfileFilterOptions.INSTANCE);
        model.addAttribute("filterCounts", customers.counts());
        return "customers/list :: filters";
    }

    @GetMapping("/customers/{id}")
    String show(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        java.util.Optional<Long> survivor = contactsCard.survivorOf(id); // customers: contacts — merged card → survivor
        if (survivor.isPresent()) {
            redirect.addFlashAttribute("successKey", "customer.contacts.merged-redirect");
            return "redirect:/customers/" + survivor.get();
        }
        CustomerSummary customer = customers.get(id);
        card(customer, model);
        model.addAttribute("ownerChange", OwnerChange.blank(customer.version()));
        return SHOW;
    }

    /** The card with its history and, for managers, the consultants it may be handed to. */
    private void card(CustomerSummary customer, Model model) {
        model.addAttribute("customer", customer);
        model.addAttribute("history", customers.history(customer.id()));
        model.addAttribute("profile", profiles.card(customer.id()));
        model.addAttribute("profileSections", ProfileForms.SECTIONS);
        contactsCard.addTo(model, customer.id()); // customers: contacts
        if (currentUsers.current().can("customers:approve")) {
            model.addAttribute("ownerCandidates", customers.ownerCandidates(customer.id()));
        }
    }

    /** 转交 — hand the customer to another consultant of its store, with a reason. */
    @PostMapping("/customers/{id}/owner")
    @RequiresPermission("customers:approve")
    String reassign(@PathVariable Long id, @RequestParam long version,
            @Valid @ModelAttribute("ownerChange") OwnerChange change, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                customers.reassign(id, version, change.ownerEmployeeId(), change.reason());
                redirect.addFlashAttribute("successKey", "customer.reassigned");
                return "redirect:/customers/" + id;
            } catch (ConcurrentChangeException e) {
                errors.reject("error.concurrent-change");
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.args(), e.code());
            }
        }
        card(customers.get(id), model);
        return SHOW;
    }

    @GetMapping("/customers/new")
    @RequiresPermission("customers:create")
    String createForm(Model model) {
        model.addAttribute("details", CustomerDetails.blank());
        model.addAttribute("identity", IdentityForm.blank()); // customers: contacts
        return FORM;
    }

    @PostMapping("/customers/new")
    @RequiresPermission("customers:create")
    String create(@Valid @ModelAttribute("details") CustomerDetails details, BindingResult errors,
            @Valid @ModelAttribute("identity") IdentityForm identity, BindingResult identityErrors,
            @RequestParam(defaultValue = "false") boolean createAnyway, Model model, RedirectAttributes redirect) {
        // customers: contacts — identity numbers, duplicates by any phone / ID, similar-name warning
        Long id = contactsCard.create(details, errors, identity, identityErrors, createAnyway, model);
        if (id == null) {
            return FORM;
        }
        redirect.addFlashAttribute("successKey", "customer.created");
        return "redirect:/customers/" + id;
    }

    @GetMapping("/customers/{id}/edit")
    @RequiresPermission("customers:edit")
    String editForm(@PathVariable Long id, Model model) {
        CustomerSummary customer = customers.get(id);
        model.addAttribute("customer", customer);
        model.addAttribute("version", customer.version());
        model.addAttribute("details", new CustomerDetails(customer.kind(), customer.name(), customer.phone(),
                customer.lifecycle(), customer.grade()));
        return FORM;
    }

    @PostMapping("/customers/{id}/edit")
    @RequiresPermission("customers:edit")
    String update(@PathVariable Long id, @RequestParam long version,
            @Valid @ModelAttribute("details") CustomerDetails details, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("customer", customers.forResubmittedForm(id));
        model.addAttribute("version", version);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            customers.update(id, version, details);
        } catch (ConcurrentChangeException e) {
            errors.reject("error.concurrent-change");
            return FORM;
        } catch (DuplicateRecordException e) {
            rejectDuplicate(e, errors, model);
            return FORM;
        }
        redirect.addFlashAttribute("successKey", "customer.saved");
        return "redirect:/customers/" + id;
    }

    /** Says whose card has that phone, and links to it when the user may open it. */
    private void rejectDuplicate(DuplicateRecordException e, BindingResult errors, Model model) {
        errors.rejectValue("phone", e.messageKey(), e.args(), e.code());
        Long existing = Long.valueOf(String.valueOf(e.args()[2]));
        if (customers.isVisible(existing)) {
            model.addAttribute("duplicateId", existing);
        }
    }
}
