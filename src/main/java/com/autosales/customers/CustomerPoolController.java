package com.autosales.customers;

import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import com.autosales.shared.web.Htmx;
import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 公海 pages: the pool with claim and assign, release from the card, and the store's pool settings. */
@Controller
@RequiresPermission("customers:view")
class CustomerPoolController {

    private final CustomerPool pool;
    private final CustomerPoolSettings poolSettings;

    CustomerPoolController(CustomerPool pool, CustomerPoolSettings poolSettings) {
        this.pool = pool;
        this.poolSettings = poolSettings;
    }

    @GetMapping("/customers/pool")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long pool,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("poolId", pool);
        model.addAttribute("pools", this.pool.pools());
        model.addAttribute("entries", this.pool.search(q, pool, page));
        return Htmx.isHtmx(request) ? "customers/pool :: results" : "customers/pool";
    }

    /** Managers pick the consultant on a small page of its own. */
    @GetMapping("/customers/pool/{id}/assign")
    @RequiresPermission("customers:approve")
    String assignForm(@PathVariable Long id, Model model) {
        model.addAttribute("entry", pool.entry(id));
        model.addAttribute("candidates", pool.candidates(id));
        return "customers/pool-assign";
    }

    /** A refusal (limits, cooldown, someone was faster) shows above the pool at once, in the reader's language. */
    @PostMapping("/customers/pool/{id}/claim")
    @RequiresPermission("customers:create")
    String claim(@PathVariable Long id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            pool.claim(id);
        } catch (RecordNotFoundException e) {
            throw e;
        } catch (DomainException e) {
            model.addAttribute("poolError", new PoolRefusal(e.messageKey(), e.args()));
            return list("", null, 0, request, model);
        }
        redirect.addFlashAttribute("successKey", "customer.pool.claimed");
        return "redirect:/customers/" + id;
    }

    @PostMapping("/customers/pool/{id}/assign")
    @RequiresPermission("customers:approve")
    String assign(@PathVariable Long id, @RequestParam(required = false) Long employeeId, RedirectAttributes redirect) {
        try {
            if (employeeId == null) {
                throw new DomainException("customer.owner-required");
            }
            pool.assign(id, employeeId);
        } catch (RecordNotFoundException e) {
            throw e;
        } catch (DomainException e) {
            refuse(e, redirect);
            return "redirect:/customers/pool";
        }
        redirect.addFlashAttribute("successKey", "customer.pool.assigned");
        return "redirect:/customers/pool";
    }

    @PostMapping("/customers/{id}/release")
    @RequiresPermission("customers:edit")
    String release(@PathVariable Long id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) Long poolId, RedirectAttributes redirect) {
        try {
            pool.release(id, poolId, reason);
        } catch (ConcurrentChangeException e) {
            redirect.addFlashAttribute("poolError", new PoolRefusal("error.concurrent-change", new Object[0]));
            return "redirect:/customers/" + id;
        } catch (RecordNotFoundException e) {
            throw e;
        } catch (DomainException e) {
            refuse(e, redirect);
            return "redirect:/customers/" + id;
        }
        redirect.addFlashAttribute("successKey", "customer.pool.released");
        return "redirect:/customers/pool";
    }

    private static void refuse(DomainException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("poolError", new PoolRefusal(e.messageKey(), e.args()));
    }

    // ---- settings

    @GetMapping("/customers/pool/settings")
    @RequiresPermission("customers:approve")
    String settings(Model model) {
        model.addAttribute("settings", PoolSettingsForm.of(poolSettings.settings()));
        model.addAttribute("pools", pool.pools());
        return "customers/pool-settings";
    }

    @PostMapping("/customers/pool/settings")
    @RequiresPermission("customers:approve")
    String saveSettings(@Valid @ModelAttribute("settings") PoolSettingsForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                poolSettings.saveSettings(form.limits(), form.toRules(), form.getVersion());
                redirect.addFlashAttribute("successKey", "customer.pool.settings.saved");
                return "redirect:/customers/pool/settings";
            } catch (ConcurrentChangeException e) {
                errors.reject("error.concurrent-change");
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.args(), e.code());
            }
        }
        model.addAttribute("pools", pool.pools());
        return "customers/pool-settings";
    }

    @PostMapping("/customers/pool/pools")
    @RequiresPermission("customers:approve")
    String addPool(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        try {
            poolSettings.addPool(name);
        } catch (RecordNotFoundException e) {
            throw e;
        } catch (DomainException e) {
            refuse(e, redirect);
            return "redirect:/customers/pool/settings";
        }
        redirect.addFlashAttribute("successKey", "customer.pool.pool-added");
        return "redirect:/customers/pool/settings";
    }

    static List<String> grades() {
        return List.of("A", "B", "C", PoolRule.UNGRADED);
    }
}
