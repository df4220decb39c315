package com.autosales.leads;

import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** First-contact deadlines over the API: the waiting leads (countdowns) and the manager's response figures. */
@RestController
@Tag(name = "Leads")
@RequiresPermission("leads:view")
class FirstContactRestController {

    private final FirstContactReport report;

    FirstContactRestController(FirstContactReport report) {
        this.report = report;
    }

    @GetMapping("/api/v1/leads/first-contacts")
    @Operation(summary = "Leads in my scope waiting for their first contact, most urgent first (responseState, firstContactDueAt)")
    List<LeadView> waiting() {
        return report.waiting();
    }

    @GetMapping("/api/v1/leads/response-times")
    @RequiresPermission("leads:approve")
    @Operation(summary = "Average first response (opening minutes) and on-time share per consultant and source, last N days")
    ResponseTimes responseTimes(@RequestParam(defaultValue = "30") int days) {
        return report.lastDays(Math.max(1, Math.min(days, 365)));
    }
}
