package com.autosales.sales;

import com.autosales.approvals.Decision;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contracts over the API: the same flow, permissions and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/contracts")
@Tag(name = "Contracts")
@RequiresPermission("sales:view")
class ContractRestController {

    private final ContractManagement contracts;
    private final ContractFulfilment fulfilment;
    private final ContractAmending amending;
    private final ContractDocumentsService documents;

    ContractRestController(ContractManagement contracts, ContractFulfilment fulfilment, ContractAmending amending,
            ContractDocumentsService documents) {
        this.contracts = contracts;
        this.fulfilment = fulfilment;
        this.amending = amending;
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "Contracts in my scope, newest change first; filters status, leadId, customer (buyer or number)")
    PageResponse<ContractView> list(@RequestParam(required = false) ContractStatus status,
            @RequestParam(required = false) Long leadId, @RequestParam(required = false) String customer,
            @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(contracts.list(status, leadId, customer, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A contract in my scope (404 elsewhere) with its figures as agreed")
    ContractView get(@PathVariable Long id) {
        return contracts.get(id);
    }

    @GetMapping("/{id}/steps")
    @Operation(summary = "Every step of the contract, oldest first: action, status before and after, who, when, comment")
    List<ContractStepView> steps(@PathVariable Long id) {
        return contracts.steps(id);
    }

    @GetMapping("/{id}/documents")
    @Operation(summary = "The archived PDFs: version 1 as signed, one more per approved amendment (SHA-256 of each)")
    List<ContractArchive.Entry> documents(@PathVariable Long id) {
        return documents.entries(id);
    }

    @PostMapping
    @RequiresPermission("sales:create")
    @Operation(summary = "Draw up a draft contract from an accepted quote (quoteId); unset fields take the defaults")
    ResponseEntity<ContractView> create(@RequestBody ContractForm form) {
        if (form.quoteId() == null) {
            throw new DomainException("sales.contract.quote-required");
        }
        ContractDetails defaults = contracts.defaultsFor(form.quoteId());
        Long id = contracts.createFromQuote(form.quoteId(), withDefaults(form, defaults));
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + id)).body(contracts.get(id));
    }

    @PutMapping("/{id}")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Change a draft or returned contract; the body carries the version read (409 if changed since)")
    ContractView update(@PathVariable Long id, @Valid @RequestBody ContractForm form) {
        contracts.update(id, form.version() == null ? -1L : form.version(), form.details());
        return contracts.get(id);
    }

    @PostMapping("/{id}/submit")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Submit for review (合同审核) by my manager, with a comment")
    ContractView submit(@PathVariable Long id, @RequestBody(required = false) ContractActionForms.CommentBody body) {
        contracts.submit(id, body == null ? null : body.comment());
        return contracts.get(id);
    }

    @PostMapping("/{id}/approve")
    @RequiresPermission("sales:approve")
    @Operation(summary = "Approve the submitted contract as its current approver, with an optional comment")
    ContractView approve(@PathVariable Long id, @RequestBody(required = false) ContractActionForms.CommentBody body) {
        contracts.decide(id, Decision.APPROVE, body == null ? null : body.comment());
        return contracts.get(id);
    }

    @PostMapping("/{id}/reject")
    @RequiresPermission("sales:approve")
    @Operation(summary = "Return the submitted contract to the consultant; the comment says why (required)")
    ContractView reject(@PathVariable Long id, @RequestBody(required = false) ContractActionForms.CommentBody body) {
        contracts.decide(id, Decision.RETURN, body == null ? null : body.comment());
        return contracts.get(id);
    }

    @PostMapping("/{id}/sign")
    @RequiresPermission("sales:edit")
    @Operation(summary = "The customer signed the approved contract: the PDF is archived, the lead is won")
    ContractView sign(@PathVariable Long id) {
        contracts.sign(id);
        return contracts.get(id);
    }

    @PostMapping("/{id}/allocation")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Allocate (and reserve) an in-stock car of the contract's trim and colours by its VIN")
    ContractView allocate(@PathVariable Long id, @RequestBody ContractActionForms.AllocationBody body) {
        fulfilment.allocate(id, body.vin());
        return contracts.get(id);
    }

    @PostMapping("/{id}/close")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Close a delivered contract")
    ContractView close(@PathVariable Long id, @RequestBody(required = false) ContractActionForms.CommentBody body) {
        fulfilment.close(id, body == null ? null : body.comment());
        return contracts.get(id);
    }

    @PostMapping("/{id}/cancel")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Cancel with a reason and the refund of what was received (a signed contract: sales managers only)")
    ContractView cancel(@PathVariable Long id, @RequestBody ContractActionForms.CancelBody body) {
        fulfilment.cancel(id, body.reason(), body.refund(), body.refundNote());
        return contracts.get(id);
    }

    @PostMapping("/{id}/amendments")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Ask for an amendment of a signed contract (new discount, delivery date or colours) with a reason;"
            + " it changes the contract once approved")
    ResponseEntity<List<AmendmentView>> amend(@PathVariable Long id, @RequestBody ContractActionForms.AmendmentBody body) {
        amending.request(id, body.request());
        return ResponseEntity.status(201).body(amending.of(id));
    }

    @GetMapping("/{id}/amendments")
    @Operation(summary = "The contract's amendments, newest first")
    List<AmendmentView> amendments(@PathVariable Long id) {
        return amending.of(id);
    }

    private static ContractDetails withDefaults(ContractForm form, ContractDetails d) {
        return new ContractDetails(form.buyerName() == null ? d.buyerName() : form.buyerName(),
                form.buyerIdNumber(), form.buyerPhone() == null ? d.buyerPhone() : form.buyerPhone(), form.buyerAddress(),
                form.configuration(),
                form.depositAmount() == null ? d.depositAmount() : com.autosales.shared.Money.of(form.depositAmount()),
                form.deliveryDate() == null ? d.deliveryDate() : form.deliveryDate(),
                form.terms() == null ? d.terms() : form.terms());
    }
}
