package com.autosales.customers;

import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 合并 — find the duplicate of this card (within the manager's scope), compare both, confirm. */
@Controller
@RequiresPermission("customers:approve")
class CustomerMergeController {

    private static final String PAGE = "customers/merge";

    private final CustomerManagement customers;
    private final CustomerMerges merges;

    CustomerMergeController(CustomerManagement customers, CustomerMerges merges) {
        this.customers = customers;
        this.merges = merges;
    }

    @GetMapping("/customers/{id}/merge")
    String find(@PathVariable Long id, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("customer", customers.forResubmittedForm(id));
        model.addAttribute("q", q);
        if (!q.isBlank()) {
            model.addAttribute("candidates", customers.search(q, 0).getContent().stream()
                    .filter(c -> !c.id().equals(id)).toList());
        }
        return PAGE;
    }

    @GetMapping("/customers/{id}/merge/compare")
    String compare(@PathVariable Long id, @RequestParam("with") Long otherId, Model model) {
        return comparePage(id, otherId, model);
    }

    @PostMapping("/customers/{id}/merge")
    String merge(@PathVariable Long id, @RequestParam Long duplicateId, @RequestParam long version,
            @RequestParam long duplicateVersion, Model model, RedirectAttributes redirect) {
        try {
            merges.merge(id, version, duplicateId, duplicateVersion);
        } catch (ConcurrentChangeException e) {
            model.addAttribute("mergeError", "error.concurrent-change");
            return comparePage(id, duplicateId, model);
        } catch (DomainException e) {
            model.addAttribute("mergeError", e.messageKey());
            return comparePage(id, duplicateId, model);
        }
        redirect.addFlashAttribute("successKey", "customer.contacts.merged");
        return "redirect:/customers/" + id;
    }

    private String comparePage(Long id, Long otherId, Model model) {
        model.addAttribute("customer", customers.get(id));
        model.addAttribute("other", customers.get(otherId));
        var books = merges.compare(id, otherId);
        model.addAttribute("customerBook", books.get(0));
        model.addAttribute("otherBook", books.get(1));
        model.addAttribute("comparing", true);
        return PAGE;
    }
}
