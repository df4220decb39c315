package com.autosales.customers;

import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.Htmx;
import com.autosales.shared.web.RequiresPermission;
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

/**
 * 联系方式与地址 — the card's identity numbers, extra phones, addresses and contacts, each edited in a small form
 * (loaded into the card with htmx, or as a page without it).
 */
@Controller
@RequiresPermission("customers:edit")
class CustomerContactController {

    private static final String PAGE = "customers/contacts";
    private static final String FORM_FRAGMENT = "customers/contacts :: contacts-form";

    private final CustomerManagement customers;
    private final CustomerContactBook book;

    CustomerContactController(CustomerManagement customers, CustomerContactBook book) {
        this.customers = customers;
        this.book = book;
    }

    @ModelAttribute("phoneLabels")
    PhoneLabel[] phoneLabels() {
        return PhoneLabel.values();
    }

    @ModelAttribute("addressLabels")
    AddressLabel[] addressLabels() {
        return AddressLabel.values();
    }

    // ---- identity numbers

    @GetMapping("/customers/{id}/contacts/identity")
    String identityForm(@PathVariable Long id, HttpServletRequest request, Model model) {
        ContactBook.Identity identity = book.of(id).identity();
        model.addAttribute("identityForm", new IdentityForm(identity.idNumber(), identity.registrationNo(), identity.version()));
        return show(id, "identity", null, request, model);
    }

    @PostMapping("/customers/{id}/contacts/identity")
    String saveIdentity(@PathVariable Long id, @Valid @ModelAttribute("identityForm") IdentityForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        IdentityChecks.check(form, errors);
        return save(id, "identity", null, errors, model, redirect, () -> book.saveIdentity(id, form));
    }

    // ---- extra phones

    @GetMapping("/customers/{id}/contacts/phones/form")
    String phoneForm(@PathVariable Long id, HttpServletRequest request, Model model) {
        model.addAttribute("phoneForm", PhoneForm.blank());
        return show(id, "phone", null, request, model);
    }

    @PostMapping("/customers/{id}/contacts/phones")
    String addPhone(@PathVariable Long id, @Valid @ModelAttribute("phoneForm") PhoneForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return save(id, "phone", null, errors, model, redirect, () -> book.addPhone(id, form));
    }

    @PostMapping("/customers/{id}/contacts/phones/remove")
    String removePhone(@PathVariable Long id, @RequestParam("itemId") Long phoneId, @RequestParam long version,
            RedirectAttributes redirect) {
        return remove(id, redirect, () -> book.removePhone(id, phoneId, version));
    }

    // ---- addresses

    @GetMapping("/customers/{id}/contacts/addresses/form")
    String addressForm(@PathVariable Long id, @RequestParam(required = false) Long itemId, HttpServletRequest request,
            Model model) {
        AddressForm form = itemId == null ? AddressForm.blank() : book.of(id).addresses().stream()
                .filter(a -> a.id().equals(itemId)).findFirst()
                .map(a -> new AddressForm(a.label(), a.address(), a.postalCode(), a.isDefault(), a.version()))
                .orElseThrow(() -> new com.autosales.shared.RecordNotFoundException("customer-address", itemId));
        model.addAttribute("addressForm", form);
        return show(id, "address", itemId, request, model);
    }

    @PostMapping("/customers/{id}/contacts/addresses")
    String saveAddress(@PathVariable Long id, @RequestParam(required = false) Long itemId,
            @Valid @ModelAttribute("addressForm") AddressForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return save(id, "address", itemId, errors, model, redirect, () -> book.saveAddress(id, itemId, form));
    }

    @PostMapping("/customers/{id}/contacts/addresses/remove")
    String removeAddress(@PathVariable Long id, @RequestParam("itemId") Long addressId, @RequestParam long version,
            RedirectAttributes redirect) {
        return remove(id, redirect, () -> book.removeAddress(id, addressId, version));
    }

    // ---- contacts

    @GetMapping("/customers/{id}/contacts/people/form")
    String contactForm(@PathVariable Long id, @RequestParam(required = false) Long itemId, HttpServletRequest request,
            Model model) {
        ContactForm form = itemId == null ? ContactForm.blank() : book.of(id).contacts().stream()
                .filter(k -> k.id().equals(itemId)).findFirst()
                .map(k -> new ContactForm(k.name(), k.title(), k.mobile(), k.officePhone(), k.email(), k.note(),
                        k.primaryContact(), k.decisionMaker(), k.version()))
                .orElseThrow(() -> new com.autosales.shared.RecordNotFoundException("customer-contact", itemId));
        model.addAttribute("contactForm", form);
        return show(id, "contact", itemId, request, model);
    }

    @PostMapping("/customers/{id}/contacts/people")
    String saveContact(@PathVariable Long id, @RequestParam(required = false) Long itemId,
            @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return save(id, "contact", itemId, errors, model, redirect, () -> book.saveContact(id, itemId, form));
    }

    @PostMapping("/customers/{id}/contacts/people/remove")
    String removeContact(@PathVariable Long id, @RequestParam("itemId") Long contactId, @RequestParam long version,
            RedirectAttributes redirect) {
        return remove(id, redirect, () -> book.removeContact(id, contactId, version));
    }

    // ----

    private String show(Long id, String formKind, Long itemId, HttpServletRequest request, Model model) {
        model.addAttribute("customer", customers.forResubmittedForm(id));
        model.addAttribute("formKind", formKind);
        model.addAttribute("itemId", itemId);
        return Htmx.isHtmx(request) ? FORM_FRAGMENT : PAGE;
    }

    private String save(Long id, String formKind, Long itemId, BindingResult errors, Model model,
            RedirectAttributes redirect, Runnable action) {
        model.addAttribute("customer", customers.forResubmittedForm(id));
        model.addAttribute("formKind", formKind);
        model.addAttribute("itemId", itemId);
        if (errors.hasErrors()) {
            return PAGE;
        }
        try {
            action.run();
        } catch (ConcurrentChangeException e) {
            errors.reject("error.concurrent-change");
            return PAGE;
        } catch (DomainException e) {
            errors.reject(e.messageKey(), e.args(), e.code());
            return PAGE;
        }
        redirect.addFlashAttribute("successKey", "customer.contacts.saved");
        return "redirect:/customers/" + id + "#customer-contacts";
    }

    private String remove(Long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("successKey", "customer.contacts.removed");
        } catch (ConcurrentChangeException e) {
            redirect.addFlashAttribute("successKey", "customer.contacts.stale");
        }
        return "redirect:/customers/" + id + "#customer-contacts";
    }
}
