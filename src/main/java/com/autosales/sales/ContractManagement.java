package com.autosales.sales;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.approvals.ApprovalRequest;
import com.autosales.approvals.ApprovalStatus;
import com.autosales.approvals.Approvals;
import com.autosales.approvals.Decision;
import com.autosales.customers.CustomerManagement;
import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 销售合同 — drawn up by the consultant from an accepted quote, reviewed by the sales manager (合同审核) through the
 * approvals inbox, signed (the PDF is archived and the lead is won), then fulfilled. Every read is limited to the
 * caller's data scope; every step is written to the contract's history.
 */
@Service
@Transactional(readOnly = true)
public class ContractManagement {

    /** The approval policy of contracts and their amendments: the requester's manager (the sales manager). */
    static final String POLICY = "sales.contract";
    static final String RECORD_TYPE = "contract";
    static final int PAGE_SIZE = 20;

    private final Contracts contracts;
    private final ContractRecords records;
    private final ContractSteps steps;
    private final ContractTemplates templates;
    private final ContractArchive archive;
    private final QuoteManagement quotes;
    private final CustomerManagement customers;
    private final Approvals approvals;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractManagement(Contracts contracts, ContractRecords records, ContractSteps steps, ContractTemplates templates,
            ContractArchive archive, QuoteManagement quotes, CustomerManagement customers, Approvals approvals,
            CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
        this.contracts = contracts;
        this.records = records;
        this.steps = steps;
        this.templates = templates;
        this.archive = archive;
        this.quotes = quotes;
        this.customers = customers;
        this.approvals = approvals;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    /** What a new contract for this accepted quote starts with: the customer, a deposit, delivery in 30 days, the store's terms. */
    @PreAuthorize("hasAuthority('sales:create')")
    public ContractDetails defaultsFor(Long quoteId) {
        QuoteView quote = acceptedQuote(quoteId);
        String phone = customers.isVisible(quote.customerId()) ? customers.forResubmittedForm(quote.customerId()).phone() : null;
        Money due = quote.figures().amountDue();
        Money deposit = Money.of(5000).isGreaterThan(due) ? due : Money.of(5000);
        return new ContractDetails(quote.customerName(), null, phone == null || phone.contains("*") ? null : phone, null,
                null, deposit, records.today().plusDays(30), templates.of(quote.storeId()).terms());
    }

    /** The quote's consultant (or their manager) draws up a draft contract; one live contract per quote. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:create')")
    public Long createFromQuote(Long quoteId, ContractDetails details) {
        QuoteView quote = acceptedQuote(quoteId);
        CurrentUser me = currentUsers.current();
        if (!quote.ownerEmployeeId().equals(me.employeeId()) && !me.can(QuoteManagement.SEES_COST)) {
            throw new DomainException("sales.contract.not-quote-owner");
        }
        if (!contracts.liveForQuotes(List.of(quote.id())).isEmpty()) {
            throw new DomainException("sales.contract.quote-has-contract");
        }
        Contract contract;
        try {
            contract = contracts.saveAndFlush(new Contract(quote, details, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new DomainException("sales.contract.quote-has-contract");
        }
        contract.numberIsAssigned();
        records.step(contract, "CREATE", null, null);
        return contract.id();
    }

    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public void update(Long id, Long expectedVersion, ContractDetails details) {
        Contract contract = records.visible(id, expectedVersion);
        contract.apply(details, clock.instant());
        records.step(contract, "UPDATE", contract.status(), null);
    }

    /** 提交审核 — to the consultant's manager, with the consultant's comment. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public void submit(Long id, String comment) {
        Contract contract = records.visible(id);
        ContractStatus from = contract.status();
        contract.submit(clock.instant());
        approvals.request(ApprovalRequest.of("sales", RECORD_TYPE, contract.id(), POLICY)
                .titled("sales.contract.approval.title", contract.number(), contract.buyerName(), contract.trimLabel(),
                        contract.figures().amountDue().toString())
                .linkedTo("/contracts/" + contract.id())
                .withAmount(contract.figures().amountDue())
                .withNote(comment));
        records.step(contract, "SUBMIT", from, comment);
    }

    /**
     * The current approver decides from the contract's own page or API (the inbox does the same): approved, or
     * returned to the consultant with the comment. The contract moves at once when the decision is final.
     */
    @Transactional
    @PreAuthorize("hasAuthority('sales:approve')")
    public void decide(Long id, Decision decision, String comment) {
        Contract contract = records.visible(id);
        if (contract.status() != ContractStatus.SUBMITTED) {
            throw new DomainException("sales.contract.illegal-transition", contract.status().name(),
                    decision == Decision.APPROVE ? ContractStatus.APPROVED.name() : ContractStatus.RETURNED.name());
        }
        ApprovalStatus outcome;
        try {
            outcome = approvals.decidePending(RECORD_TYPE, id, decision, comment);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            throw new DomainException("sales.contract.not-your-approval");
        }
        CurrentUser me = currentUsers.current();
        ContractDecisions.apply(contract, outcome, comment, clock.instant(), records, me.username(), me.displayName());
    }

    /** 签订 — the customer signs the approved contract: the PDF is archived as signed, {@link ContractSigned} published. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public void sign(Long id) {
        Contract contract = records.visible(id);
        ContractStatus from = contract.status();
        Instant now = clock.instant();
        contract.sign(records.today(), now);
        records.step(contract, "SIGN", from, null);
        archive.archive(contract, ContractDocument.Kind.SIGNED, currentUsers.current().username());
        QuoteFigures f = contract.figures();
        events.publishEvent(new ContractSigned(contract.id(), contract.number(), contract.quoteId(), contract.leadId(),
                contract.customerId(), contract.storeId(), contract.ownerEmployeeId(), contract.paymentMethod(),
                f.amountDue(), contract.depositAmount(), f.financedAmount(), now, contract.buyerName(), contract.ownerName(),
                contract.signedOn(), contract.deliveryDate()));
    }

    @PreAuthorize("hasAuthority('sales:view')")
    public ContractView get(Long id) {
        return ContractView.of(records.visible(id));
    }

    /** Every step of the contract, oldest first. */
    @PreAuthorize("hasAuthority('sales:view')")
    public List<ContractStepView> steps(Long id) {
        return steps.findByContractIdOrderByAtAscIdAsc(records.visible(id).id()).stream().map(ContractStep::view).toList();
    }

    /** Contracts in my scope, newest change first; {@code customer} matches the buyer's name or the number. */
    @PreAuthorize("hasAuthority('sales:view')")
    public Page<ContractView> list(ContractStatus status, Long leadId, String customer, int page) {
        RecordScope s = currentUsers.scope();
        String text = customer == null ? "" : customer.trim();
        return contracts.list(s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery(), status, leadId,
                text, PageRequest.of(Math.max(page, 0), PAGE_SIZE)).map(ContractView::of);
    }

    /** The live contract of each of these quotes (for the quote page's link). */
    @PreAuthorize("hasAuthority('sales:view')")
    public List<ContractView> forQuote(Long quoteId) {
        quotes.get(quoteId);
        return contracts.liveForQuotes(List.of(quoteId)).stream().map(ContractView::of).toList();
    }

    private QuoteView acceptedQuote(Long quoteId) {
        QuoteView quote = quotes.get(quoteId);
        if (quote.status() != QuoteStatus.ACCEPTED) {
            throw new DomainException("sales.contract.quote-not-accepted");
        }
        return quote;
    }
}
