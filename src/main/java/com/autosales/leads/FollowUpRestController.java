package com.autosales.leads;

import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Follow-up tasks over the API. */
@RestController
@RequestMapping("/api/v1/follow-ups")
@Tag(name = "Follow-ups")
@RequiresPermission("leads:view")
class FollowUpRestController {

    private final LeadFollowUps followUps;

    FollowUpRestController(LeadFollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping
    @Operation(summary = "My follow-up tasks (or a consultant's in my scope): overdue, due today, upcoming")
    TaskList tasks(@RequestParam(required = false) Long consultant) {
        return followUps.tasks(consultant);
    }

    @PostMapping("/{id}")
    @RequiresPermission("leads:edit")
    @Operation(summary = "Record the result of a follow-up task; returns the next task (chosen date or level cadence)")
    FollowUpView record(@PathVariable Long id, @Valid @RequestBody FollowUpResult result) {
        return followUps.record(id, result);
    }
}
