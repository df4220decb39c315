package com.autosales.approvals;

import com.autosales.approvals.ApprovalInbox.Box;
import com.autosales.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The approval inbox page with its three tabs, and the live count next to its menu entry. */
@Controller
class ApprovalInboxController {

    private final ApprovalInbox inbox;

    ApprovalInboxController(ApprovalInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/approvals")
    String inbox(@RequestParam(defaultValue = "waiting") String tab, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        Box box = boxOf(tab);
        model.addAttribute("tab", box.name().toLowerCase(Locale.ROOT));
        model.addAttribute("approvals", inbox.list(box, page, ApprovalInbox.PAGE_SIZE));
        model.addAttribute("waitingCount", inbox.countWaiting());
        return Htmx.isHtmx(request) ? "approvals/inbox :: list" : "approvals/inbox";
    }

    @GetMapping("/approvals/badge")
    String badge(Model model) {
        model.addAttribute("count", inbox.countWaiting());
        return "fragments/bell :: nav-badge";
    }

    private static Box boxOf(String tab) {
        for (Box box : Box.values()) {
            if (box.name().equalsIgnoreCase(tab)) {
                return box;
            }
        }
        return Box.WAITING;
    }
}
