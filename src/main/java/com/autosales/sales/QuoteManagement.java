package com.autosales.sales;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.approvals.ApprovalRequest;
import com.autosales.approvals.Approvals;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.funnel.FunnelRecorder;
import com.autosales.funnel.FunnelStage;
import com.autosales.leads.LeadManagement;
import com.autosales.leads.LeadStatus;
import com.autosales.leads.LeadView;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 报价 — the lead's consultant quotes; beyond their discount authority the quote goes for approval before it may be
 * given to the customer; a quote given to the customer is changed by a new version. Every read is limited to the
 * caller's data scope (outside it a quote does not exist). Margins only for {@value #SEES_COST}.
 */
@Service
@Transactional(readOnly = true)
public class QuoteManagement {

    /** Who may see cost and margin on quotes: the sales manager, GM, director, admin — never a consultant. */
    static final String SEES_COST = "sales:approve";
    static final int PAGE_SIZE = 20;

    private final Quotes quotes;
    private final QuotePricing pricing;
    private final QuoteSettings settings;
    private final DiscountAuthorities authorities;
    private final LeadManagement leads;
    private final Approvals approvals;
    private final FunnelRecorder funnel;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuoteManagement(Quotes quotes, QuotePricing pricing, QuoteSettings settings, DiscountAuthorities authorities,
            LeadManagement leads, Approvals approvals, FunnelRecorder funnel, CurrentUsers currentUsers,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.quotes = quotes;
        this.pricing = pricing;
        this.settings = settings;
        this.authorities = authorities;
        this.leads = leads;
        this.approvals = approvals;
        this.funnel = funnel;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The lead's consultant writes version 1 of a quote as a draft. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:create')")
    public Long create(Long leadId, QuoteRequest request) {
        LeadView lead = leads.get(leadId);
        CurrentUser me = currentUsers.current();
        if (!lead.ownerEmployeeId().equals(me.employeeId())) {
            throw new DomainException("sales.quote.not-lead-owner");
        }
        if (lead.status() != LeadStatus.OPEN) {
            throw new DomainException("sales.quote.lead-not-open");
        }
        QuoteOwner owner = new QuoteOwner(lead.id(), lead.customerId(), lead.customerName(), lead.storeId(),
                lead.ownerEmployeeId(), lead.ownerName());
        Instant now = clock.instant();
        QuoteContent content = pricing.price(request, today(), owner.storeId());
        Quote quote = quotes.save(new Quote(owner, content, terms(owner, content, request.comment()), now));
        quote.rootIsSelf();
        audit.record(AuditRecord.of("quote", quote.id(), "CREATE", owner.customerName(),
                FieldChange.of("trim", null, content.trimLabel()), FieldChange.of("discount", null, content.discount())));
        return quote.id();
    }

    /**
     * Changes a quote: a draft (or approved, not yet given) version in place, back to draft; a version given to the
     * customer (or expired) gets a new version, the old one is superseded and stays readable. Returns the id written.
     */
    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public Long revise(Long id, long expectedVersion, QuoteRequest request) {
        Quote quote = visible(id);
        if (quote.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        QuoteStatus status = quote.statusOn(today());
        if (!quote.current() || status == QuoteStatus.ACCEPTED) {
            throw new DomainException("sales.quote.read-only");
        }
        if (status == QuoteStatus.PENDING_APPROVAL) {
            throw new DomainException("sales.quote.pending");
        }
        Instant now = clock.instant();
        QuoteContent content = pricing.price(request, today(), quote.storeId());
        QuoteTerms terms = terms(quote.owner(), content, request.comment());
        if (status.editableInPlace()) {
            quote.apply(content, terms, now);
            audit.record(AuditRecord.of("quote", quote.id(), "UPDATE", quote.customerName(),
                    FieldChange.of("discount", null, content.discount())));
            return quote.id();
        }
        quote.supersede(now);
        Quote next = quotes.save(quote.nextVersion(content, terms, now));
        audit.record(AuditRecord.of("quote", next.id(), "NEW_VERSION", quote.customerName(),
                FieldChange.of("version", quote.versionNo(), next.versionNo())));
        return next.id();
    }

    /** 提交审批 — a draft beyond the consultant's authority goes to the sales manager (and the GM beyond theirs). */
    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public void submitForApproval(Long id, String comment) {
        Quote quote = visible(id);
        quote.submitForApproval(comment, clock.instant());
        QuoteFigures figures = quote.figures();
        approvals.request(ApprovalRequest.of("sales", "quote", quote.id(), DiscountAuthorities.POLICY)
                .titled("sales.approval.title", quote.customerName(), quote.trimLabel(), figures.discount().toString())
                .linkedTo("/quotes/" + quote.id())
                .withAmount(figures.discount()).withPercentage(figures.discountPercent())
                .withNote(quote.requestComment()));
    }

    /** 给客户 — the quote becomes valid for its validity days and counts in the funnel (QUOTE, once per quote). */
    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public void issue(Long id) {
        Quote quote = visible(id);
        Instant now = clock.instant();
        quote.issue(today(), now);
        audit.record(AuditRecord.of("quote", quote.id(), "ISSUE", quote.customerName(),
                FieldChange.of("status", null, QuoteStatus.ISSUED)));
        funnel.record(FunnelStage.QUOTE, "quote", quote.rootId(), quote.storeId(), quote.ownerEmployeeId(),
                quote.customerId(), quote.leadId(), now);
    }

    /** The customer accepts a valid quote; {@link QuoteAccepted} lets the contract be drawn up from it. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public void accept(Long id) {
        Quote quote = visible(id);
        Instant now = clock.instant();
        quote.accept(today(), now);
        audit.record(AuditRecord.of("quote", quote.id(), "ACCEPT", quote.customerName(),
                FieldChange.of("status", QuoteStatus.ISSUED, QuoteStatus.ACCEPTED)));
        events.publishEvent(new QuoteAccepted(quote.id(), quote.leadId(), quote.customerId(), quote.storeId(),
                quote.ownerEmployeeId(), quote.trimId(), quote.vin(), quote.figures().amountDue(), now));
    }

    @PreAuthorize("hasAuthority('sales:view')")
    public QuoteView get(Long id) {
        return view(visible(id));
    }

    /** Every version of the quote, newest first. */
    @PreAuthorize("hasAuthority('sales:view')")
    public List<QuoteView> versions(Long id) {
        Quote quote = visible(id);
        return quotes.versionsOf(quote.rootId()).stream().map(this::view).toList();
    }

    /** The current version of each quote in my scope, newest change first. */
    @PreAuthorize("hasAuthority('sales:view')")
    public Page<QuoteView> list(QuoteStatus status, Long leadId, String customer, int page) {
        RecordScope s = currentUsers.scope();
        // '' rather than null: an untyped null parameter is not portable to PostgreSQL
        String name = customer == null ? "" : customer.trim();
        return quotes.list(s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery(), status, leadId,
                name, PageRequest.of(Math.max(page, 0), PAGE_SIZE)).map(this::view);
    }

    /** The figures a request would give for a lead of mine, and whether it stays within my authority (form preview). */
    @PreAuthorize("hasAuthority('sales:edit')")
    public QuotePreview preview(Long leadId, QuoteRequest request) {
        if (leadId == null) {
            throw new DomainException("sales.lead-required");
        }
        LeadView lead = leads.get(leadId);
        QuoteContent content = pricing.price(request, today(), lead.storeId());
        QuoteFigures f = content.figures();
        return new QuotePreview(f, authorities.covers(lead.ownerEmployeeId(), lead.storeId(), f.discount(),
                f.discountPercent()));
    }

    /** My open leads, to pick one for a new quote. */
    @PreAuthorize("hasAuthority('sales:create')")
    public List<LeadView> myOpenLeads() {
        Long me = currentUsers.current().employeeId();
        return leads.list(new com.autosales.leads.LeadFilter(null, LeadStatus.OPEN, me, false, false), 0).getContent();
    }

    /** Whether the signed-in user sees cost and margin on quotes. */
    public boolean readerSeesCost() {
        return currentUsers.find().map(u -> u.can(SEES_COST)).orElse(false);
    }

    private QuoteView view(Quote quote) {
        return QuoteView.of(quote, today(), readerSeesCost());
    }

    private QuoteTerms terms(QuoteOwner owner, QuoteContent content, String comment) {
        QuoteSetting setting = settings.of(owner.storeId());
        boolean within = authorities.covers(owner.ownerEmployeeId(), owner.storeId(), content.figures().discount(),
                content.figures().discountPercent());
        return new QuoteTerms(today(), setting.validityDays(), setting.insuranceCommission(),
                setting.financeCommission(), !within, comment);
    }

    Quote visible(Long id) {
        RecordScope s = currentUsers.scope();
        return quotes.findVisible(id, s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery())
                .orElseThrow(() -> new RecordNotFoundException("quote", id));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
