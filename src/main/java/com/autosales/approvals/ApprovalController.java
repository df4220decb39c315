package com.autosales.approvals;

import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import com.autosales.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One approval: its page, deciding and withdrawing (from the page, or from an inbox row with htmx, which gets
 * the updated row back), and the history fragment other modules embed on their record pages.
 */
@Controller
class ApprovalController {

    private final ApprovalInbox inbox;
    private final ApprovalDecisions decisions;
    private final Approvals approvals;

    ApprovalController(ApprovalInbox inbox, ApprovalDecisions decisions, Approvals approvals) {
        this.inbox = inbox;
        this.decisions = decisions;
        this.approvals = approvals;
    }

    @GetMapping("/approvals/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("details", inbox.details(id));
        return "approvals/show";
    }

    /** Embeddable: {@code <div hx-get="/approvals/history?recordType=quote&recordId=7" hx-trigger="load"></div>}. */
    @GetMapping("/approvals/history")
    String history(@RequestParam String recordType, @RequestParam Long recordId, Model model) {
        model.addAttribute("history", approvals.historyOf(recordType, recordId));
        return "approvals/history :: history";
    }

    @PostMapping("/approvals/{id}/decision")
    String decide(@PathVariable Long id, @RequestParam Decision decision, @RequestParam(required = false) String comment,
            @RequestParam long version, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return act(id, () -> decisions.decide(id, decision, comment, version),
                decision == Decision.APPROVE ? "approval.approved" : "approval.returned", request, model, redirect);
    }

    @PostMapping("/approvals/{id}/withdrawal")
    String withdraw(@PathVariable Long id, @RequestParam(required = false) String comment, @RequestParam long version,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return act(id, () -> decisions.withdraw(id, comment, version), "approval.withdrawn", request, model, redirect);
    }

    private String act(Long id, Supplier<ApprovalDetails> action, String successKey, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        if (Htmx.isHtmx(request)) {
            // Refusals go to the page's alert area (PageExceptionHandler); success replaces the inbox row.
            model.addAttribute("details", action.get());
            model.addAttribute("waitingCount", inbox.countWaiting());
            return "approvals/inbox :: acted";
        }
        try {
            action.get();
            redirect.addFlashAttribute("successKey", successKey);
        } catch (RecordNotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("errorKey", "error.concurrent-change");
        }
        return "redirect:/approvals/" + id;
    }
}
