package com.autosales.leads;

import com.autosales.access.CurrentUsers;
import com.autosales.customers.CustomerManagement;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.RequiresPermission;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 意向客户 pages: list with filters, create for a customer, the lead card with follow-ups, lost, reassign. */
@Controller
@RequiresPermission("leads:view")
class LeadController {

    /** DomainException codes that belong to one field of the lead form. */
    static final Map<String, String> FIELD_OF = Map.of(
            "leads.source-detail-required", "sourceDetail",
            "leads.trade-in-description-required", "tradeInDescription",
            "leads.budget-negative", "budget",
            "leads.next-date-past", "nextDate");

    private final LeadManagement leads;
    private final LostLeads lost;
    private final LeadFollowUps followUps;
    private final LeadSettings settings;
    private final CustomerManagement customers;
    private final CurrentUsers currentUsers;

    LeadController(LeadManagement leads, LostLeads lost, LeadFollowUps followUps, LeadSettings settings,
            CustomerManagement customers, CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
        this.leads = leads;
        this.lost = lost;
        this.followUps = followUps;
        this.settings = settings;
        this.customers = customers;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("levels", LeadLevel.values());
        model.addAttribute("statuses", LeadStatus.values());
        model.addAttribute("sources", LeadSource.values());
        model.addAttribute("paymentIntents", PaymentIntent.values());
        model.addAttribute("channels", FollowUpChannel.values());
    }

    @GetMapping("/leads")
    String list(@RequestParam(required = false) LeadLevel level, @RequestParam(required = false) LeadStatus status,
            @RequestParam(required = false) Long consultant, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean waiting, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("leads", leads.list(new LeadFilter(level, status, consultant, overdue, waiting), page));
        model.addAttribute("waiting", waiting);
        model.addAttribute("level", level);
        model.addAttribute("status", status);
        model.addAttribute("consultant", consultant);
        model.addAttribute("overdue", overdue);
        StringBuilder base = new StringBuilder("/leads?overdue=" + overdue + "&waiting=" + waiting);
        if (level != null) {
            base.append("&level=").append(level);
        }
        if (status != null) {
            base.append("&status=").append(status);
        }
        if (consultant != null) {
            base.append("&consultant=").append(consultant);
        }
        model.addAttribute("base", base.toString());
        return "leads/list";
    }

    @GetMapping("/leads/new")
    @RequiresPermission("leads:create")
    String newLead(@RequestParam(required = false) Long customerId, @RequestParam(required = false) String q,
            @RequestParam(required = false) String models, @RequestParam(required = false) LeadSource source,
            @RequestParam(required = false) String sourceDetail, Model model) {
        model.addAttribute("leadForm", models == null && source == null ? LeadForm.blank(customerId)
                : LeadForm.fromReception(customerId, models, source, sourceDetail));
        return form(customerId, q, model);
    }

    private String form(Long customerId, String q, Model model) {
        if (customerId != null) {
            model.addAttribute("customer", customers.forResubmittedForm(customerId));
            if (currentUsers.current().can("leads:approve")) {
                model.addAttribute("assignees", leads.assignees(customerId));
                model.addAttribute("me", currentUsers.current().employeeId());
            }
        } else if (q != null && !q.isBlank()) {
            model.addAttribute("q", q);
            model.addAttribute("matches", customers.search(q.trim(), 0).getContent());
        }
        return "leads/form";
    }

    @PostMapping("/leads")
    @RequiresPermission("leads:create")
    String create(@Valid @ModelAttribute("leadForm") LeadForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (form.customerId() == null) {
            errors.reject("error.leads.customer-required");
        }
        if (!errors.hasErrors()) {
            try {
                Long me = currentUsers.current().employeeId();
                Long id = form.ownerEmployeeId() == null || form.ownerEmployeeId().equals(me)
                        ? leads.create(form.customerId(), form.details())
                        : leads.assign(form.customerId(), form.ownerEmployeeId(), form.details());
                redirect.addFlashAttribute("successKey", "leads.created");
                return "redirect:/leads/" + id;
            } catch (DomainException e) {
                reject(errors, e);
            }
        }
        return form(form.customerId(), null, model);
    }

    @GetMapping("/leads/{id}")
    String show(@PathVariable Long id, Model model) {
        LeadView lead = leads.get(id);
        model.addAttribute("lead", lead);
        List<FollowUpView> history = leads.followUpsOf(id);
        model.addAttribute("followUps", history);
        history.stream().filter(f -> !f.done()).findFirst().ifPresent(task -> model.addAttribute("openTask", task));
        if (!model.containsAttribute("result")) {
            model.addAttribute("result", FollowUpResult.blank(lead.level()));
        }
        model.addAttribute("lostReasons", settings.lostReasons());
        return "leads/show";
    }

    @GetMapping("/leads/{id}/edit")
    @RequiresPermission("leads:edit")
    String edit(@PathVariable Long id, Model model) {
        LeadView lead = leads.get(id);
        model.addAttribute("lead", lead);
        model.addAttribute("leadForm", LeadForm.of(lead));
        return "leads/form";
    }

    @PostMapping("/leads/{id}")
    @RequiresPermission("leads:edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("leadForm") LeadForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        LeadView lead = leads.get(id);
        if (!errors.hasErrors()) {
            try {
                leads.update(id, form.version() == null ? -1 : form.version(), form.details());
                redirect.addFlashAttribute("successKey", "leads.saved");
                return "redirect:/leads/" + id;
            } catch (ConcurrentChangeException e) {
                errors.reject(e.messageKey());
            } catch (DomainException e) {
                reject(errors, e);
            }
        }
        model.addAttribute("lead", lead);
        return "leads/form";
    }

    static void reject(BindingResult errors, DomainException e) {
        String field = FIELD_OF.get(e.code());
        if (field != null && errors.getTarget() != null && hasField(errors, field)) {
            errors.rejectValue(field, e.messageKey(), e.args(), e.code());
        } else {
            errors.reject(e.messageKey(), e.args(), e.code());
        }
    }

    private static boolean hasField(BindingResult errors, String field) {
        try {
            errors.getFieldType(field);
            return errors.getFieldType(field) != null;
        } catch (RuntimeException ex) {
            return false;
        }
    }

    @PostMapping("/leads/{id}/lost")
    @RequiresPermission("leads:edit")
    String lost(@PathVariable Long id, @RequestParam(required = false) Long reasonId,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        if (reasonId == null) {
            leads.get(id);
            redirect.addFlashAttribute("lostError", "error.leads.lost-reason-required");
            return "redirect:/leads/" + id + "#lost";
        }
        lost.requestLost(id, reasonId, note);
        redirect.addFlashAttribute("successKey", "leads.lost.requested");
        return "redirect:/leads/" + id;
    }

    @PostMapping("/leads/{id}/confirm-lost")
    @RequiresPermission("leads:approve")
    String confirmLost(@PathVariable Long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        lost.confirmLost(id);
        redirect.addFlashAttribute("successKey", "leads.lost.confirmed");
        return "manager".equals(back) ? "redirect:/leads/manager" : "redirect:/leads/" + id;
    }

    @PostMapping("/leads/{id}/reject-lost")
    @RequiresPermission("leads:approve")
    String rejectLost(@PathVariable Long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        lost.rejectLost(id);
        redirect.addFlashAttribute("successKey", "leads.lost.rejected");
        return "manager".equals(back) ? "redirect:/leads/manager" : "redirect:/leads/" + id;
    }

    @GetMapping("/leads/{id}/reassign")
    @RequiresPermission("leads:approve")
    String reassignForm(@PathVariable Long id, Model model) {
        model.addAttribute("lead", leads.get(id));
        model.addAttribute("candidates", leads.ownerCandidates(id));
        return "leads/reassign";
    }

    @PostMapping("/leads/{id}/reassign")
    @RequiresPermission("leads:approve")
    String reassign(@PathVariable Long id, @RequestParam(required = false) Long ownerEmployeeId,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            leads.reassign(id, ownerEmployeeId, reason);
        } catch (DomainException e) {
            if (e instanceof com.autosales.shared.RecordNotFoundException) {
                throw e;
            }
            model.addAttribute("lead", leads.get(id));
            model.addAttribute("candidates", leads.ownerCandidates(id));
            model.addAttribute("reassignError", e.messageKey());
            model.addAttribute("reason", reason);
            return "leads/reassign";
        }
        redirect.addFlashAttribute("successKey", "leads.reassigned");
        return "redirect:/leads/" + id;
    }
}
