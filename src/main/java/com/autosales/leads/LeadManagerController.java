package com.autosales.leads;

import com.autosales.shared.web.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sales manager's view of follow-up discipline. */
@Controller
@RequiresPermission("leads:approve")
class LeadManagerController {

    private final LeadFollowUps followUps;
    private final FirstContactReport firstContacts;

    LeadManagerController(LeadFollowUps followUps, FirstContactReport firstContacts) {
        this.followUps = followUps;
        this.firstContacts = firstContacts;
    }

    @GetMapping("/leads/manager")
    String view(@RequestParam(defaultValue = "7") int days, @RequestParam(defaultValue = "30") int responseDays,
            Model model) {
        model.addAttribute("view", followUps.managerView(Math.max(1, Math.min(days, 365))));
        model.addAttribute("response", firstContacts.lastDays(Math.max(1, Math.min(responseDays, 365))));
        return "leads/manager";
    }
}
