package com.autosales.leads;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.customers.CustomerManagement;
import com.autosales.customers.CustomerSummary;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 意向客户 — create, assign, read (always within the caller's data scope; outside it a lead does not exist), edit,
 * reassign, won ({@link LostLeads} closes leads as lost). Every change is audited; {@link LeadCreated} and {@link LeadLevelChanged}
 * are published for later modules.
 *
 * <p>Won: the sales module calls {@link #markWon(Long)} (or listens to its own ContractSigned event and calls it);
 * the method needs no signed-in user, so an {@code @ApplicationModuleListener} can call it directly.
 */
@Service
@Transactional(readOnly = true)
public class LeadManagement {

    static final int PAGE_SIZE = 20;

    private final Leads leads;
    private final FollowUps followUps;
    private final LevelChanges levelChanges;
    private final FirstContactClock firstContact;
    private final LeadViews views;
    private final LeadNotices notices;
    private final CustomerManagement customers;
    private final CurrentUsers currentUsers;
    private final OrgDirectory org;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadManagement(Leads leads, FollowUps followUps, LevelChanges levelChanges, FirstContactClock firstContact,
            LeadViews views, LeadNotices notices, CustomerManagement customers, CurrentUsers currentUsers,
            OrgDirectory org, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.leads = leads;
        this.followUps = followUps;
        this.levelChanges = levelChanges;
        this.firstContact = firstContact;
        this.views = views;
        this.notices = notices;
        this.customers = customers;
        this.currentUsers = currentUsers;
        this.org = org;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The current consultant creates a lead for a customer they may see (404 otherwise), owned by themselves. */
    @Transactional
    @PreAuthorize("hasAuthority('leads:create')")
    public Long create(Long customerId, LeadDetails details) {
        Long owner = currentUsers.current().employeeId();
        if (owner == null) {
            throw new DomainException("leads.no-employee");
        }
        CustomerSummary customer = customers.forResubmittedForm(customerId);
        return save(customer.id(), customer.name(), customer.storeId(), owner,
                ResponseRule.applies(details.source(), owner, owner), details);
    }

    /**
     * Creates a lead for a customer the signed-in user may see, owned by the given consultant (e.g. the showroom
     * module turning a reception into a lead). The lead belongs to the customer's store; the first follow-up is due
     * today.
     */
    @Transactional
    @PreAuthorize("hasAuthority('leads:create')")
    public Long createFor(Long customerId, Long ownerEmployeeId, LeadDetails details) {
        CustomerSummary customer = customers.forResubmittedForm(customerId);
        return save(customer.id(), customer.name(), customer.storeId(), ownerEmployeeId,
                ResponseRule.applies(details.source(), currentUsers.current().employeeId(), ownerEmployeeId), details);
    }

    /**
     * 分配 — a sales manager creates a lead for a customer they may see and gives it to a consultant of the customer's
     * store; the consultant is told and the first-contact clock starts.
     */
    @Transactional
    @PreAuthorize("hasAuthority('leads:approve')")
    public Long assign(Long customerId, Long ownerEmployeeId, LeadDetails details) {
        CustomerSummary customer = customers.forResubmittedForm(customerId);
        EmployeeView owner = candidatesIn(customer.storeId()).stream().filter(e -> e.id().equals(ownerEmployeeId))
                .findFirst().orElseThrow(() -> new DomainException("leads.owner-not-in-store"));
        return save(customer.id(), customer.name(), customer.storeId(), owner.id(),
                ResponseRule.applies(details.source(), currentUsers.current().employeeId(), owner.id()), details);
    }

    /** Whom a sales manager may give a new lead of this customer: current employees of the customer's store. */
    @PreAuthorize("hasAuthority('leads:approve')")
    public List<EmployeeView> assignees(Long customerId) {
        return candidatesIn(customers.forResubmittedForm(customerId).storeId());
    }

    /**
     * Creates a lead without a signed-in user (demo data, imports, platform feeds): the caller vouches for customer
     * and store. Such a lead waits for its first contact, unless the source says the customer was already spoken to
     * ({@code alreadyContacted}, e.g. history brought over from an earlier system).
     */
    @Transactional
    public Long createWithoutUser(Long customerId, String customerName, Long storeId, Long ownerEmployeeId,
            LeadDetails details, boolean alreadyContacted) {
        return save(customerId, customerName, storeId, ownerEmployeeId, !alreadyContacted, details);
    }

    /** {@code waits}: the lead waits for a first contact (see {@link ResponseRule#applies}). */
    private Long save(Long customerId, String customerName, Long storeId, Long ownerEmployeeId, boolean waits,
            LeadDetails details) {
        check(details);
        Instant now = clock.instant();
        Lead created = new Lead(customerId, customerName, storeId, ownerEmployeeId, details, now);
        if (waits) {
            firstContact.start(created, now);
        } else {
            created.contactedAtCreation(now);
        }
        Lead lead = leads.save(created);
        followUps.save(new FollowUp(lead, today(), now));
        if (waits) {
            firstContact.tellOwner(lead);
        }
        audit.record(AuditRecord.of("lead", lead.id(), "CREATE", customerName,
                FieldChange.of("customer", null, customerName), FieldChange.of("models", null, details.models()),
                FieldChange.of("level", null, details.level()), FieldChange.of("source", null, details.source()),
                FieldChange.of("owner", null, ownerEmployeeId)));
        events.publishEvent(new LeadCreated(lead.id(), customerId, ownerEmployeeId, storeId, details.source(), now));
        return lead.id();
    }

    static void check(LeadDetails d) {
        if (d.models() == null || d.level() == null || d.source() == null || d.paymentIntent() == null) {
            throw new DomainException("leads.details-incomplete");
        }
        if (d.source().needsDetail() && d.sourceDetail() == null) {
            throw new DomainException("leads.source-detail-required");
        }
        if (d.tradeIn() && d.tradeInDescription() == null) {
            throw new DomainException("leads.trade-in-description-required");
        }
        if (d.budget() != null && d.budget().isNegative()) {
            throw new DomainException("leads.budget-negative");
        }
    }

    @PreAuthorize("hasAuthority('leads:view')")
    public LeadView get(Long id) {
        return views.views(List.of(visible(id))).get(0);
    }

    /** Leads in my scope, narrowed by the filter; newest change first. */
    @PreAuthorize("hasAuthority('leads:view')")
    public Page<LeadView> list(LeadFilter filter, int page) {
        RecordScope s = currentUsers.scope();
        Page<Lead> found = leads.list(s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery(),
                filter.level(), filter.status(), filter.ownerEmployeeId(), filter.overdue(), filter.waitingFirstContact(),
                today(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        List<LeadView> shown = views.views(found.getContent());
        return found.map(l -> shown.stream().filter(v -> v.id().equals(l.id())).findFirst().orElseThrow());
    }

    @Transactional
    @PreAuthorize("hasAuthority('leads:edit')")
    public void update(Long id, long expectedVersion, LeadDetails details) {
        Lead lead = visible(id);
        if (lead.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        lead.requireActive();
        check(details);
        LeadDetails before = lead.details();
        Instant now = clock.instant();
        lead.apply(details, now);
        List<FieldChange> changes = new java.util.ArrayList<>();
        addIfChanged(changes, "models", before.models(), details.models());
        addIfChanged(changes, "budget", before.budget(), details.budget());
        addIfChanged(changes, "paymentIntent", before.paymentIntent(), details.paymentIntent());
        addIfChanged(changes, "tradeIn", before.tradeIn(), details.tradeIn());
        addIfChanged(changes, "tradeInDescription", before.tradeInDescription(), lead.details().tradeInDescription());
        addIfChanged(changes, "competitorModels", before.competitorModels(), details.competitorModels());
        addIfChanged(changes, "source", before.source(), details.source());
        addIfChanged(changes, "sourceDetail", before.sourceDetail(), lead.details().sourceDetail());
        addIfChanged(changes, "level", before.level(), details.level());
        if (!changes.isEmpty()) {
            audit.record(new AuditRecord("lead", String.valueOf(id), "UPDATE", lead.customerName(), changes));
        }
        if (before.level() != details.level()) {
            levelChanged(lead, before.level(), details.level(), now);
        }
    }

    private static void addIfChanged(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(FieldChange.of(field, before, after));
        }
    }

    void levelChanged(Lead lead, LeadLevel before, LeadLevel after, Instant at) {
        String by = currentUsers.find().map(CurrentUser::username).orElse("system");
        levelChanges.save(new LevelChange(lead, before, after, at, by));
        events.publishEvent(new LeadLevelChanged(lead.id(), lead.customerId(), lead.ownerEmployeeId(), lead.storeId(),
                before, after));
    }

    /**
     * 成交 — the lead is won (a contract was signed). Needs no signed-in user: the sales module calls it when it
     * publishes ContractSigned (e.g. from an application module listener). Open follow-up tasks are dropped.
     * Idempotent: a lead already won stays won.
     */
    @Transactional
    public void markWon(Long leadId) {
        Lead lead = leads.findById(leadId).orElseThrow(() -> new RecordNotFoundException("lead", leadId));
        if (lead.status() == LeadStatus.WON) {
            return;
        }
        LeadStatus before = lead.status();
        lead.moveTo(LeadStatus.WON, clock.instant());
        followUps.openOfLeads(List.of(leadId)).forEach(FollowUp::cancel);
        audit.record(AuditRecord.of("lead", leadId, "WON", lead.customerName(), FieldChange.of("status", before, LeadStatus.WON)));
    }

    /** Who may take over the lead: current employees of its store, except its owner. */
    @PreAuthorize("hasAuthority('leads:approve')")
    public List<EmployeeView> ownerCandidates(Long id) {
        Lead lead = visible(id);
        return candidatesIn(lead.storeId()).stream().filter(e -> !e.id().equals(lead.ownerEmployeeId())).toList();
    }

    private List<EmployeeView> candidatesIn(Long storeId) {
        return org.currentEmployees().stream()
                .filter(e -> e.unitId() != null && org.storeOf(e.unitId()).map(storeId::equals).orElse(false))
                .sorted(Comparator.comparing(EmployeeView::employeeNo, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** 转交 — a manager gives the lead (and its open tasks) to another consultant of the store, with a reason. */
    @Transactional
    @PreAuthorize("hasAuthority('leads:approve')")
    public void reassign(Long id, Long newOwnerEmployeeId, String reason) {
        Lead lead = visible(id);
        lead.requireActive();
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > 200) {
            throw new DomainException("leads.reassign-reason-required");
        }
        EmployeeView newOwner = candidatesIn(lead.storeId()).stream().filter(e -> e.id().equals(newOwnerEmployeeId))
                .findFirst().orElseThrow(() -> new DomainException("leads.owner-not-in-store"));
        if (newOwner.id().equals(lead.ownerEmployeeId())) {
            throw new DomainException("leads.owner-not-in-store");
        }
        Instant now = clock.instant();
        Long previous = lead.reassignTo(newOwner.id(), now);
        followUps.openOfLeads(List.of(id)).forEach(f -> f.reassignTo(newOwner.id()));
        if (lead.awaitingFirstContact()) {
            firstContact.start(lead, now);
            firstContact.tellOwner(lead);
        }
        String previousName = org.employee(previous).map(EmployeeView::name).orElse(String.valueOf(previous));
        audit.record(AuditRecord.of("lead", id, "REASSIGN", why, FieldChange.of("owner", previousName, newOwner.name())));
        notices.tell(newOwner.id(), "lead-assigned", "leads.notice.assigned", lead);
    }

    /** Follow-ups of a lead I may see: the open task first, then the recorded ones, newest first. */
    @PreAuthorize("hasAuthority('leads:view')")
    public List<FollowUpView> followUpsOf(Long id) {
        Lead lead = visible(id);
        return views.followUpViews(followUps.ofLead(id).stream().filter(f -> f.state() != FollowUp.State.CANCELLED).toList(),
                Map.of(lead.id(), lead));
    }

    // ---- package-private helpers shared with the follow-up service and the controllers

    Lead visible(Long id) {
        RecordScope s = currentUsers.scope();
        return leads.findVisible(id, s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery())
                .orElseThrow(() -> new RecordNotFoundException("lead", id));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
