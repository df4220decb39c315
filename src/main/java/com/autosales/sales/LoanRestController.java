package com.autosales.sales;

import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
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

/** Loan applications over the API: the same rules, permissions and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/loans")
@Tag(name = "Loans")
@RequiresPermission("sales:view")
class LoanRestController {

    record OpenBody(Long contractId, String lender, BigDecimal amount, Integer termMonths, BigDecimal annualRate,
            String note) {
    }

    record TermsBody(Long version, String lender, BigDecimal amount, Integer termMonths, BigDecimal annualRate,
            String note) {
    }

    record DocumentBody(Long version, Boolean received, String note) {
    }

    /** {@code comment} for submit, approve and disburse; {@code reason} for reject and cancel. */
    record StepBody(Long version, String comment, String reason, String lenderReference, BigDecimal amount,
            Integer termMonths, BigDecimal annualRate, LocalDate disbursedOn) {
    }

    private final LoanManagement loans;
    private final LoanWorkbench workbench;

    LoanRestController(LoanManagement loans, LoanWorkbench workbench) {
        this.loans = loans;
        this.workbench = workbench;
    }

    @GetMapping
    @Operation(summary = "Loan applications in my scope, newest change first; filters status, contractId, lender, customer")
    PageResponse<LoanView> list(@RequestParam(required = false) LoanStatus status,
            @RequestParam(required = false) Long contractId, @RequestParam(required = false) String lender,
            @RequestParam(required = false) String customer, @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(loans.list(status, contractId, lender, customer, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A loan application in my scope (404 elsewhere) with its document checklist")
    LoanView get(@PathVariable Long id) {
        return loans.get(id);
    }

    @GetMapping("/{id}/steps")
    @Operation(summary = "Every step of the application, oldest first")
    List<LoanStepView> steps(@PathVariable Long id) {
        return workbench.steps(id);
    }

    @PostMapping
    @RequiresPermission("sales:edit")
    @Operation(summary = "Open an application for a financed, approved contract (one live application per contract);"
            + " empty terms come from the contract's finance plan; the checklist starts with every active item")
    ResponseEntity<LoanView> open(@RequestBody OpenBody body) {
        Long id = loans.open(body.contractId(), new LoanRequest(body.lender(), body.amount(), body.termMonths(),
                body.annualRate(), body.note()));
        return ResponseEntity.created(URI.create("/api/v1/loans/" + id)).body(loans.get(id));
    }

    @PutMapping("/{id}")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Change lender or terms while documents are collected; the body carries the version read")
    LoanView update(@PathVariable Long id, @RequestBody TermsBody body) {
        loans.update(id, body.version(), new LoanRequest(body.lender(), body.amount(), body.termMonths(),
                body.annualRate(), body.note()));
        return loans.get(id);
    }

    @PostMapping("/{id}/documents/{typeId}")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Tick (received true) or untick an item of the checklist")
    LoanView document(@PathVariable Long id, @PathVariable Long typeId, @RequestBody DocumentBody body) {
        loans.markDocument(id, body.version(), typeId, !Boolean.FALSE.equals(body.received()), body.note());
        return loans.get(id);
    }

    @PostMapping("/{id}/submit")
    @RequiresPermission("sales:loans")
    @Operation(summary = "Submit to the lender; refused (sales.loan.documents-missing) until every required document is in")
    LoanView submit(@PathVariable Long id, @RequestBody StepBody body) {
        loans.submit(id, body.version(), body.comment());
        return loans.get(id);
    }

    @PostMapping("/{id}/approve")
    @RequiresPermission("sales:loans")
    @Operation(summary = "The lender approved, with its reference; amount, term and rate if it granted other terms")
    LoanView approve(@PathVariable Long id, @RequestBody StepBody body) {
        loans.approve(id, body.version(), body.lenderReference(),
                new LoanRequest(null, body.amount(), body.termMonths(), body.annualRate(), null), body.comment());
        return loans.get(id);
    }

    @PostMapping("/{id}/reject")
    @RequiresPermission("sales:loans")
    @Operation(summary = "The lender rejected, with the reason; the contract may get a new application")
    LoanView reject(@PathVariable Long id, @RequestBody StepBody body) {
        loans.reject(id, body.version(), body.reason());
        return loans.get(id);
    }

    @PostMapping("/{id}/disburse")
    @RequiresPermission("sales:loans")
    @Operation(summary = "The lender paid out (disbursedOn, amount; defaults today and the approved amount);"
            + " publishes LoanDisbursed for payments")
    LoanView disburse(@PathVariable Long id, @RequestBody StepBody body) {
        loans.disburse(id, body.version(), body.disbursedOn(), body.amount(), body.comment());
        return loans.get(id);
    }

    @PostMapping("/{id}/cancel")
    @RequiresPermission("sales:loans")
    @Operation(summary = "Withdraw the application before disbursement, with the reason")
    LoanView cancel(@PathVariable Long id, @RequestBody StepBody body) {
        loans.cancel(id, body.version(), body.reason());
        return loans.get(id);
    }
}
