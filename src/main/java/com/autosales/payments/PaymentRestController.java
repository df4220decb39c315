package com.autosales.payments;

import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payments and receivables over the API: the same rules, permissions and scope as the pages. */
@RestController
@Tag(name = "Payments")
@RequiresPermission("payments:view")
class PaymentRestController {

    record ReversalBody(String reason) {
    }

    private final PaymentManagement payments;
    private final ReceivableManagement receivables;
    private final ArrearsManagement arrears;

    PaymentRestController(PaymentManagement payments, ReceivableManagement receivables, ArrearsManagement arrears) {
        this.payments = payments;
        this.receivables = receivables;
        this.arrears = arrears;
    }

    @GetMapping("/api/v1/payments")
    @Operation(summary = "The payments ledger in my scope, newest first; filters kind, contractId, from/to (default 90 days)")
    PageResponse<PaymentView> list(@RequestParam(required = false) PaymentKind kind,
            @RequestParam(required = false) Long contractId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(payments.list(kind, contractId, from, to, page));
    }

    @GetMapping("/api/v1/payments/{id}")
    @Operation(summary = "A payment in my scope (404 elsewhere)")
    PaymentView get(@PathVariable Long id) {
        return payments.get(id);
    }

    @PostMapping("/api/v1/payments")
    @RequiresPermission("payments:create")
    @Operation(summary = "Record a payment of a signed contract once: 201 the first time, 200 with the same payment when"
            + " the Idempotency-Key was used before (a retry or double submit)")
    ResponseEntity<PaymentView> record(@Parameter(description = "unique per payment, 8–100 of A-Z a-z 0-9 . _ : -")
            @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody PaymentRequest request) {
        PaymentManagement.Recorded recorded = payments.record(key, request);
        return recorded.created()
                ? ResponseEntity.created(URI.create("/api/v1/payments/" + recorded.payment().id())).body(recorded.payment())
                : ResponseEntity.ok(recorded.payment());
    }

    @PostMapping("/api/v1/payments/{id}/reversal")
    @RequiresPermission("payments:approve")
    @Operation(summary = "Reverse a wrong payment by a counter-entry with a reason (once; Idempotency-Key as for recording)")
    ResponseEntity<PaymentView> reverse(@PathVariable Long id,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody(required = false) ReversalBody body) {
        PaymentManagement.Recorded recorded = payments.reverse(id, key, body == null ? null : body.reason());
        return ResponseEntity.status(recorded.created() ? 201 : 200).body(recorded.payment());
    }

    @GetMapping("/api/v1/receivables")
    @Operation(summary = "Contracts in my scope with their expected, received and open amounts (openOnly default true)")
    List<ReceivableView> receivables(@RequestParam(defaultValue = "true") boolean openOnly) {
        return receivables.list(openOnly);
    }

    @GetMapping("/api/v1/receivables/{contractId}")
    @Operation(summary = "One signed contract's receivables with its lines and due dates")
    ReceivableView receivable(@PathVariable Long contractId) {
        return receivables.of(contractId);
    }

    @GetMapping("/api/v1/receivables/ageing")
    @Operation(summary = "账龄: open amounts by overdue bucket, per customer, per consultant and per store, as of today")
    AgeingReport ageing() {
        return receivables.ageing();
    }

    @GetMapping("/api/v1/receivables/arrears")
    @Operation(summary = "拖欠分析 as of today: overdue amount by cause (cause null: none recorded), the overdue balance at"
            + " the last five month-ends and today, and the ten customers who owe most, in my scope")
    ArrearsAnalysis arrears() {
        return arrears.analysis();
    }
}
