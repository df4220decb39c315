package com.autosales.leads;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.customers.CustomerActivity;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回访 — a consultant's follow-up tasks (overdue, today, upcoming) and recording a result, which closes the task and
 * plans the next one at today plus the (new) level's cadence unless a date is given. The customer counts as contacted.
 */
@Service
@Transactional(readOnly = true)
public class LeadFollowUps {

    /** How far ahead the task list looks. */
    static final int UPCOMING_DAYS = 30;

    private final FollowUps followUps;
    private final Leads leads;
    private final LevelChanges levelChanges;
    private final LeadManagement management;
    private final LeadViews views;
    private final LeadSettings settings;
    private final FirstContactClock firstContact;
    private final CustomerActivity activity;
    private final CurrentUsers currentUsers;
    private final OrgDirectory org;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    LeadFollowUps(FollowUps followUps, Leads leads, LevelChanges levelChanges, LeadManagement management,
            LeadViews views, LeadSettings settings, FirstContactClock firstContact, CustomerActivity activity,
            CurrentUsers currentUsers, OrgDirectory org, AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.followUps = followUps;
        this.leads = leads;
        this.levelChanges = levelChanges;
        this.management = management;
        this.views = views;
        this.settings = settings;
        this.firstContact = firstContact;
        this.activity = activity;
        this.currentUsers = currentUsers;
        this.org = org;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** My tasks (or, for a manager, those of a consultant in their scope). */
    @PreAuthorize("hasAuthority('leads:view')")
    public TaskList tasks(Long ownerEmployeeId) {
        Long owner = ownerEmployeeId != null ? ownerEmployeeId : currentUsers.current().employeeId();
        LocalDate today = LocalDate.now(clock);
        if (owner == null) {
            return new TaskList(null, null, today, List.of(), List.of(), List.of());
        }
        RecordScope s = currentUsers.scope();
        List<FollowUpView> all = views.followUpViews(followUps.openOf(s.allStores(), s.storeIdsForQuery(),
                s.allOwners(), s.ownerIdsForQuery(), owner, today.plusDays(UPCOMING_DAYS)), Map.of());
        List<FollowUpView> overdue = new ArrayList<>();
        List<FollowUpView> due = new ArrayList<>();
        List<FollowUpView> upcoming = new ArrayList<>();
        for (FollowUpView f : all) {
            (f.dueDate().isBefore(today) ? overdue : f.dueDate().isEqual(today) ? due : upcoming).add(f);
        }
        String name = org.employee(owner).map(EmployeeView::name).orElse(null);
        return new TaskList(owner, name, today, overdue, due, upcoming);
    }

    /** How many of my follow-ups are due today or overdue (the workbench card). */
    @PreAuthorize("hasAuthority('leads:view')")
    public long myDueCount() {
        Long owner = currentUsers.current().employeeId();
        if (owner == null) {
            return 0;
        }
        RecordScope s = currentUsers.scope();
        return followUps.countDue(s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery(), owner,
                LocalDate.now(clock));
    }

    /** A call after delivery: done with what the customer said; the won lead keeps its level and nothing follows. */
    private FollowUpView recordAftercare(FollowUp task, Lead lead, FollowUpResult result) {
        Instant now = clock.instant();
        task.complete(result.channel(), result.summary().trim(), lead.level(), lead.level(), now,
                currentUsers.current().username());
        activity.contacted(lead.customerId(), now);
        audit.record(AuditRecord.of("lead", lead.id(), "AFTERCARE_CALL", result.summary().trim(),
                FieldChange.of("purpose", null, task.purpose())));
        recorded(task, lead);
        return views.followUpViews(List.of(task), Map.of(lead.id(), lead)).get(0);
    }

    private void recorded(FollowUp task, Lead lead) {
        events.publishEvent(new FollowUpRecorded(task.id(), lead.id(), lead.storeId(), task.ownerEmployeeId(),
                task.dueDate(), LocalDate.now(clock)));
    }

    /** An open task I may see (404 otherwise). */
    @PreAuthorize("hasAuthority('leads:view')")
    public FollowUpView task(Long taskId) {
        return views.followUpViews(List.of(visibleTask(taskId)), Map.of()).get(0);
    }

    /**
     * Records the result of a follow-up task: closes it, applies the new level, plans the next task (the chosen date
     * or today plus the level's cadence), moves the customer's last contact. Returns the next task.
     */
    @Transactional
    @PreAuthorize("hasAuthority('leads:edit')")
    public FollowUpView record(Long taskId, FollowUpResult result) {
        FollowUp task = visibleTask(taskId);
        if (task.state() != FollowUp.State.OPEN) {
            throw new DomainException("leads.task-closed");
        }
        Lead lead = leads.findById(task.leadId()).orElseThrow(() -> new RecordNotFoundException("lead", task.leadId()));
        if (task.purpose() != null) {
            return recordAftercare(task, lead, result);
        }
        lead.requireActive();
        LocalDate today = LocalDate.now(clock);
        LocalDate next = FollowUpRules.nextDue(today, result.level(), settings.rulesOf(lead.storeId()), result.nextDate());
        Instant now = clock.instant();
        CurrentUser user = currentUsers.current();
        LeadLevel before = lead.level();
        task.complete(result.channel(), result.summary().trim(), before, result.level(), now, user.username());
        lead.followedUp(now);
        firstContact.contacted(lead, now);
        if (before != result.level()) {
            lead.changeLevel(result.level(), now);
            management.levelChanged(lead, before, result.level(), now);
        }
        FollowUp nextTask = followUps.save(new FollowUp(lead, next, now));
        recorded(task, lead);
        activity.contacted(lead.customerId(), now);
        audit.record(AuditRecord.of("lead", lead.id(), "FOLLOW_UP", result.summary().trim(),
                FieldChange.of("channel", null, result.channel()), FieldChange.of("level", before, result.level()),
                FieldChange.of("nextFollowUp", task.dueDate(), next)));
        return views.followUpViews(List.of(nextTask), Map.of(lead.id(), lead)).get(0);
    }

    private FollowUp visibleTask(Long taskId) {
        RecordScope s = currentUsers.scope();
        return followUps.findVisible(taskId, s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery())
                .orElseThrow(() -> new RecordNotFoundException("follow-up", taskId));
    }

    /** The manager's view: overdue tasks per consultant, leads untouched for N days, recent level changes, lost requests. */
    @PreAuthorize("hasAuthority('leads:approve')")
    ManagerView managerView(int staleDays) {
        RecordScope s = currentUsers.scope();
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = followUps.overduePerOwner(s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery(), today);
        Map<Long, EmployeeView> names = org.employees(rows.stream().map(r -> (Long) r[0]).toList());
        List<ManagerView.Overdue> overdue = rows.stream()
                .map(r -> new ManagerView.Overdue((Long) r[0], names.containsKey((Long) r[0]) ? names.get((Long) r[0]).name()
                        : String.valueOf(r[0]), ((Number) r[1]).longValue()))
                .sorted(Comparator.comparing(ManagerView.Overdue::count).reversed()).toList();
        Instant cutoff = clock.instant().minus(Duration.ofDays(staleDays));
        List<LeadView> stale = views.views(leads.notFollowedUpSince(s.allStores(), s.storeIdsForQuery(),
                s.allOwners(), s.ownerIdsForQuery(), Set.of(LeadStatus.OPEN, LeadStatus.LOST_PENDING), cutoff,
                PageRequest.of(0, 50)));
        List<LevelChange> changes = levelChanges.latest(s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery(), PageRequest.of(0, 20));
        Map<Long, Lead> changedLeads = new java.util.HashMap<>();
        followUps.leads(changes.stream().map(LevelChange::leadId).distinct().toList()).forEach(l -> changedLeads.put(l.id(), l));
        Map<Long, EmployeeView> changeOwners = org.employees(changes.stream().map(LevelChange::ownerEmployeeId).distinct().toList());
        List<ManagerView.Change> recent = changes.stream().map(c -> new ManagerView.Change(c.leadId(),
                changedLeads.containsKey(c.leadId()) ? changedLeads.get(c.leadId()).customerName() : "",
                changeOwners.containsKey(c.ownerEmployeeId()) ? changeOwners.get(c.ownerEmployeeId()).name() : "",
                c.levelBefore(), c.levelAfter(), c.changedAt(), c.changedBy())).toList();
        List<LeadView> pending = views.views(leads.withStatus(s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery(), LeadStatus.LOST_PENDING));
        return new ManagerView(staleDays, overdue, stale, recent, pending);
    }
}
