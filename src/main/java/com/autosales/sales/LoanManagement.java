package com.autosales.sales;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.FieldChange;
import com.autosales.shared.DomainException;
import com.autosales.shared.DuplicateRecordException;
import com.autosales.shared.Money;
import com.autosales.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分期 — loan applications of financed contracts: opened by the consultant or the finance specialist once the contract
 * is approved, documents collected, then moved through the lender's process by the finance specialist (sales:loans):
 * submitted, approved or rejected, disbursed ({@link LoanDisbursed}). Reads and changes are limited to the caller's
 * data scope, like contracts; every change names the version the user saw and is written to the history.
 */
@Service
@Transactional(readOnly = true)
public class LoanManagement {

    static final int PAGE_SIZE = 20;

    private final Loans loans;
    private final LoanRecords records;
    private final LoanDocuments documents;
    private final LoanDocumentTypes types;
    private final ContractManagement contracts;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoanManagement(Loans loans, LoanRecords records, LoanDocuments documents, LoanDocumentTypes types,
            ContractManagement contracts, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
        this.loans = loans;
        this.records = records;
        this.documents = documents;
        this.types = types;
        this.contracts = contracts;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    /** What a new application for this contract starts with: the contract's loan and finance plan, the first lender. */
    @PreAuthorize("hasAuthority('sales:edit')")
    public LoanRequest defaultsFor(Long contractId) {
        ContractView contract = records.financedContract(contractId);
        FinancePlan plan = contract.figures().financePlan();
        return new LoanRequest(records.firstLender(), contract.figures().financedAmount().amount(), plan.termMonths(),
                plan.annualRate().value(), null);
    }

    /** 新建分期申请 — one live application per contract; empty terms are taken from the contract's finance plan. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public Long open(Long contractId, LoanRequest request) {
        ContractView contract = records.financedContract(contractId);
        if (loans.hasLive(contractId)) {
            throw new DuplicateRecordException("sales.loan.contract-has-loan");
        }
        FinancePlan plan = contract.figures().financePlan();
        LoanTerms terms = LoanTerms.of(request, records.firstLender(), contract.figures().financedAmount(),
                plan.termMonths(), plan.annualRate(), null);
        records.knownLender(terms.lender());
        Loan loan;
        try {
            loan = loans.saveAndFlush(new Loan(contract, terms, clock.instant()));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            // someone opened one for the same contract at the same moment: the unique active_contract_id decided
            throw new DuplicateRecordException("sales.loan.contract-has-loan");
        }
        records.startChecklist(loan);
        records.step(loan, "OPEN", null, terms.note());
        return loan.id();
    }

    /** Changes lender or terms while documents are still being collected. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public void update(Long id, Long version, LoanRequest request) {
        Loan loan = records.visible(id, version);
        if (!loan.status().editable()) {
            throw new DomainException("sales.loan.not-collecting");
        }
        String lenderBefore = loan.lender();
        Money amountBefore = loan.amount();
        LoanTerms terms = LoanTerms.of(request, loan.lender(), loan.amount(), loan.termMonths(), loan.annualRate(),
                loan.note());
        records.knownLender(terms.lender());
        loan.applyTerms(terms, contracts.get(loan.contractId()).figures().financedAmount(), clock.instant());
        records.step(loan, "UPDATE", loan.status(), null, FieldChange.of("lender", lenderBefore, loan.lender()),
                FieldChange.of("amount", amountBefore, loan.amount()));
    }

    /** Ticks (or unticks) an item of the checklist: received today by the signed-in user. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public void markDocument(Long id, Long version, Long typeId, boolean received, String note) {
        Loan loan = records.visible(id, version);
        LoanDocument document = documents.findByLoanIdAndTypeId(loan.id(), typeId)
                .orElseThrow(() -> new RecordNotFoundException("loan-document", typeId));
        loan.documentsChanged(clock.instant());
        if (document.mark(received, note, records.today(), currentUsers.current().displayName())) {
            String name = types.findById(typeId).map(t -> t.getName().in(LocaleContextHolder.getLocale())).orElse("");
            records.step(loan, received ? "DOCUMENT_RECEIVED" : "DOCUMENT_REMOVED", loan.status(), name);
        }
    }

    /** 提交银行 — refused, naming what is missing, until every required document is received. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:loans')")
    public void submit(Long id, Long version, String comment) {
        Loan loan = records.visible(id, version);
        LoanView view = records.view(loan);
        if (loan.status() == LoanStatus.COLLECTING && !view.complete()) {
            throw new DomainException("sales.loan.documents-missing", String.join("、", view.missingNames()));
        }
        LoanStatus from = loan.status();
        loan.submit(records.today(), clock.instant());
        records.step(loan, "SUBMIT", from, comment);
    }

    /** 审批通过 — with the lender's reference and what it granted (empty fields: as applied for). */
    @Transactional
    @PreAuthorize("hasAuthority('sales:loans')")
    public void approve(Long id, Long version, String lenderReference, LoanRequest granted, String comment) {
        Loan loan = records.visible(id, version);
        LoanStatus from = loan.status();
        Money applied = loan.amount();
        LoanTerms terms = LoanTerms.of(granted == null ? null : new LoanRequest(null, granted.amount(),
                granted.termMonths(), granted.annualRate(), null), loan.lender(), loan.amount(), loan.termMonths(),
                loan.annualRate(), loan.note());
        loan.approve(lenderReference, terms, records.today(), clock.instant());
        records.step(loan, "APPROVE", from, comment, FieldChange.of("amount", applied, loan.amount()),
                FieldChange.of("lenderReference", null, loan.lenderReference()));
    }

    /** 拒贷 — with the lender's reason; the contract may be sent to another lender as a new application. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:loans')")
    public void reject(Long id, Long version, String reason) {
        Loan loan = records.visible(id, version);
        LoanStatus from = loan.status();
        loan.reject(reason, records.today(), clock.instant());
        records.step(loan, "REJECT", from, reason);
    }

    /** 放款 — publishes {@link LoanDisbursed} so payments expect the money from the lender. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:loans')")
    public void disburse(Long id, Long version, LocalDate on, BigDecimal amount, String comment) {
        Loan loan = records.visible(id, version);
        LoanStatus from = loan.status();
        loan.disburse(on == null ? records.today() : on, amount == null ? loan.amount() : Money.of(amount),
                records.today(), clock.instant());
        records.step(loan, "DISBURSE", from, comment, FieldChange.of("disbursedAmount", null, loan.disbursedAmount()));
        events.publishEvent(new LoanDisbursed(loan.id(), loan.contractId(), loan.contractNumber(), loan.customerId(),
                loan.storeId(), loan.lender(), loan.disbursedAmount(), loan.disbursedOn()));
    }

    /** 撤销申请 — withdrawn with a reason before the money is paid out. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:loans')")
    public void cancel(Long id, Long version, String reason) {
        Loan loan = records.visible(id, version);
        LoanStatus from = loan.status();
        loan.cancel(reason, clock.instant());
        records.step(loan, "CANCEL", from, reason);
    }

    @PreAuthorize("hasAuthority('sales:view')")
    public LoanView get(Long id) {
        return records.view(records.visible(id));
    }

    /** Applications in my scope, newest change first; {@code customer} matches the buyer's name or contract number. */
    @PreAuthorize("hasAuthority('sales:view')")
    public Page<LoanView> list(LoanStatus status, Long contractId, String lender, String customer, int page) {
        RecordScope s = currentUsers.scope();
        Page<Loan> found = loans.list(s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery(), status,
                contractId, LoanRecords.text(lender), LoanRecords.text(customer), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        return new PageImpl<>(records.summaries(found.getContent()), found.getPageable(), found.getTotalElements());
    }
}
