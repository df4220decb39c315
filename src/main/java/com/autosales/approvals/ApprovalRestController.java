package com.autosales.approvals;

import com.autosales.approvals.ApprovalInbox.Box;
import com.autosales.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** My approvals over the API: the same inbox, rules and visibility as the pages. */
@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals")
class ApprovalRestController {

    private final ApprovalInbox inbox;
    private final ApprovalDecisions decisions;

    ApprovalRestController(ApprovalInbox inbox, ApprovalDecisions decisions) {
        this.inbox = inbox;
        this.decisions = decisions;
    }

    /** A decision on the current step; {@code version} is the one read (a stale one answers 409). */
    record DecisionBody(@NotNull Decision decision, @Size(max = 1000) String comment, @NotNull Long version) {
    }

    /** Taking back my own pending request. */
    record WithdrawalBody(@Size(max = 1000) String comment, @NotNull Long version) {
    }

    @GetMapping
    @Operation(summary = "My approvals: WAITING for me (default, oldest first, including as deputy), "
            + "REQUESTED by me, or DECIDED by me")
    PageResponse<ApprovalSummary> list(@RequestParam(defaultValue = "WAITING") Box box,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(inbox.list(box, page, size));
    }

    @GetMapping("/count")
    @Operation(summary = "How many approvals wait for me")
    Map<String, Long> count() {
        return Map.of("waiting", inbox.countWaiting());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One approval with its chain and history (404 if I may not see it)")
    ApprovalDetails get(@PathVariable Long id) {
        return inbox.details(id);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Approve or return (comment required) the current step; only its approver or their deputy")
    ApprovalDetails decide(@PathVariable Long id, @Valid @RequestBody DecisionBody body) {
        return decisions.decide(id, body.decision(), body.comment(), body.version());
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw my own pending request")
    ApprovalDetails withdraw(@PathVariable Long id, @Valid @RequestBody WithdrawalBody body) {
        return decisions.withdraw(id, body.comment(), body.version());
    }
}
