package com.autosales.leads;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Leads over the API: same service, permissions and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/leads")
@Tag(name = "Leads")
@RequiresPermission("leads:view")
class LeadRestController {

    private final LeadManagement leads;
    private final LostLeads lost;
    private final CurrentUsers currentUsers;

    LeadRestController(LeadManagement leads, LostLeads lost, CurrentUsers currentUsers) {
        this.leads = leads;
        this.lost = lost;
        this.currentUsers = currentUsers;
    }

    record LostRequest(Long reasonId, String note) {
    }

    record ReassignRequest(Long ownerEmployeeId, String reason) {
    }

    @GetMapping
    @Operation(summary = "Leads in my data scope, filtered by level, status, consultant, overdue follow-up and waiting"
            + " for a first contact")
    PageResponse<LeadView> list(@RequestParam(required = false) LeadLevel level,
            @RequestParam(required = false) LeadStatus status, @RequestParam(required = false) Long consultant,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "false") boolean waiting,
            @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(leads.list(new LeadFilter(level, status, consultant, overdue, waiting), page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A lead in my data scope (404 outside it)")
    LeadView get(@PathVariable Long id) {
        return leads.get(id);
    }

    @PostMapping
    @RequiresPermission("leads:create")
    @Operation(summary = "Create a lead for a customer I may see, owned by me or (sales managers, ownerEmployeeId) by a consultant"
            + " of the store; the first follow-up is due today")
    ResponseEntity<LeadView> create(@Valid @RequestBody LeadForm form) {
        if (form.customerId() == null) {
            throw new DomainException("leads.customer-required");
        }
        Long id = form.ownerEmployeeId() == null || form.ownerEmployeeId().equals(currentUsers.current().employeeId())
                ? leads.create(form.customerId(), form.details())
                : leads.assign(form.customerId(), form.ownerEmployeeId(), form.details());
        return ResponseEntity.created(URI.create("/api/v1/leads/" + id)).body(leads.get(id));
    }

    @PutMapping("/{id}")
    @RequiresPermission("leads:edit")
    @Operation(summary = "Update a lead; the body carries the version read (409 if someone changed it since)")
    LeadView update(@PathVariable Long id, @Valid @RequestBody LeadForm form) {
        leads.update(id, form.version() == null ? -1 : form.version(), form.details());
        return leads.get(id);
    }

    @PostMapping("/{id}/reassign")
    @RequiresPermission("leads:approve")
    @Operation(summary = "Give the lead and its open follow-ups to another consultant of its store, with a reason")
    LeadView reassign(@PathVariable Long id, @RequestBody ReassignRequest request) {
        leads.reassign(id, request.ownerEmployeeId(), request.reason());
        return leads.get(id);
    }

    @PostMapping("/{id}/lost")
    @RequiresPermission("leads:edit")
    @Operation(summary = "Ask for the lead to be closed as lost, with a reason id from the list (LOST_PENDING)")
    LeadView lost(@PathVariable Long id, @RequestBody LostRequest request) {
        lost.requestLost(id, request.reasonId(), request.note());
        return leads.get(id);
    }

    @PostMapping("/{id}/confirm-lost")
    @RequiresPermission("leads:approve")
    @Operation(summary = "Sales manager confirms a lost request (LOST)")
    LeadView confirmLost(@PathVariable Long id) {
        lost.confirmLost(id);
        return leads.get(id);
    }

    @PostMapping("/{id}/reject-lost")
    @RequiresPermission("leads:approve")
    @Operation(summary = "Sales manager rejects a lost request (back to OPEN with a new follow-up task)")
    LeadView rejectLost(@PathVariable Long id) {
        lost.rejectLost(id);
        return leads.get(id);
    }
}
