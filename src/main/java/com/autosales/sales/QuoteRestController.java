package com.autosales.sales;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Quotes over the API: the same rules, permissions and data scope as the pages; margins only for those who see cost. */
@RestController
@RequestMapping("/api/v1/quotes")
@Tag(name = "Quotes")
@RequiresPermission("sales:view")
class QuoteRestController {

    record ApprovalBody(String comment) {
    }

    private final QuoteManagement quotes;

    QuoteRestController(QuoteManagement quotes) {
        this.quotes = quotes;
    }

    @GetMapping
    @Operation(summary = "Current version of each quote in my scope, newest change first; filters status, leadId, customer")
    PageResponse<QuoteView> list(@RequestParam(required = false) QuoteStatus status,
            @RequestParam(required = false) Long leadId, @RequestParam(required = false) String customer,
            @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(quotes.list(status, leadId, customer, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A quote version in my scope (404 elsewhere) with its price breakdown and finance plan")
    QuoteView get(@PathVariable Long id) {
        return quotes.get(id);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every version of the quote, newest first")
    List<QuoteView> versions(@PathVariable Long id) {
        return quotes.versions(id);
    }

    @PostMapping
    @RequiresPermission("sales:create")
    @Operation(summary = "The lead's consultant creates a draft quote for the lead (leadId); prices come from the catalogue")
    ResponseEntity<QuoteView> create(@Valid @RequestBody QuoteForm form) {
        if (form.leadId() == null) {
            throw new DomainException("sales.lead-required");
        }
        Long id = quotes.create(form.leadId(), form.request());
        return ResponseEntity.created(URI.create("/api/v1/quotes/" + id)).body(quotes.get(id));
    }

    @PostMapping("/{id}/versions")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Revise a quote: a draft in place, an issued one as a new version (the old is superseded);"
            + " the body carries the version read (409 if changed since)")
    ResponseEntity<QuoteView> revise(@PathVariable Long id, @Valid @RequestBody QuoteForm form) {
        Long written = quotes.revise(id, form.version() == null ? -1 : form.version(), form.request());
        return ResponseEntity.created(URI.create("/api/v1/quotes/" + written)).body(quotes.get(written));
    }

    @PostMapping("/{id}/approval")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Submit a quote beyond my discount authority for approval, with a comment")
    QuoteView submit(@PathVariable Long id, @RequestBody(required = false) ApprovalBody body) {
        quotes.submitForApproval(id, body == null ? null : body.comment());
        return quotes.get(id);
    }

    @PostMapping("/{id}/issue")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Give the quote to the customer (within authority, or once approved); validity starts today")
    QuoteView issue(@PathVariable Long id) {
        quotes.issue(id);
        return quotes.get(id);
    }

    @PostMapping("/{id}/accept")
    @RequiresPermission("sales:edit")
    @Operation(summary = "The customer accepted the issued, still valid quote (publishes QuoteAccepted)")
    QuoteView accept(@PathVariable Long id) {
        quotes.accept(id);
        return quotes.get(id);
    }
}
