package com.autosales.leads;

import com.autosales.access.UserDirectory;
import com.autosales.notifications.Notice;
import com.autosales.notifications.Notifications;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.org.PositionHolders;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches first-contact deadlines: a missed one is escalated to the consultant's manager and the store's sales
 * managers (and the consultant is told); past the second limit the managers are offered to reassign the lead. Each
 * step happens once per lead, even with several nodes (a guarded update, and notices deduplicated by key).
 */
@Service
class FirstContactWatch {

    static final String SALES_MANAGER_POSITION = "sales-manager";
    private static final int BATCH = 200;

    private final Leads leads;
    private final OrgDirectory org;
    private final PositionHolders positions;
    private final UserDirectory users;
    private final Notifications notifications;

    FirstContactWatch(Leads leads, OrgDirectory org, PositionHolders positions, UserDirectory users,
            Notifications notifications) {
        this.leads = leads;
        this.org = org;
        this.positions = positions;
        this.users = users;
        this.notifications = notifications;
    }

    /** Escalates missed first contacts and offers reassignments due at {@code now}; returns how many leads moved. */
    @Transactional
    int check(Instant now) {
        int moved = 0;
        for (Lead lead : leads.firstContactMissed(now, PageRequest.of(0, BATCH))) {
            if (leads.markEscalated(lead.id(), now) == 1) {
                moved++;
                String owner = ownerName(lead);
                send(managersOf(lead), "lead-first-contact-overdue", "leads.notice.first-contact-overdue-manager",
                        "/leads/" + lead.id(), lead, owner);
                users.usernameOfEmployee(lead.ownerEmployeeId()).ifPresent(u -> send(Set.of(u),
                        "lead-first-contact-overdue", "leads.notice.first-contact-overdue", "/leads/" + lead.id(), lead, owner));
            }
        }
        for (Lead lead : leads.reassignDue(now, PageRequest.of(0, BATCH))) {
            if (leads.markReassignOffered(lead.id(), now) == 1) {
                moved++;
                send(managersOf(lead), "lead-reassign-offer", "leads.notice.reassign-offer",
                        "/leads/" + lead.id() + "/reassign", lead, ownerName(lead));
            }
        }
        return moved;
    }

    private void send(Set<String> recipients, String category, String key, String link, Lead lead, String ownerName) {
        if (!recipients.isEmpty()) {
            notifications.send(new Notice(recipients, category, key, List.of(lead.customerName(), ownerName),
                    link, null).onceFor(key + ":" + lead.id() + ":" + lead.responseStartedAt()));
        }
    }

    private String ownerName(Lead lead) {
        return org.employee(lead.ownerEmployeeId()).map(EmployeeView::name).orElse("");
    }

    /** The consultant's own manager and every sales manager of the store, as usernames. */
    private Set<String> managersOf(Lead lead) {
        Set<Long> employees = new LinkedHashSet<>();
        org.employee(lead.ownerEmployeeId()).map(EmployeeView::managerId).ifPresent(employees::add);
        employees.addAll(positions.employeeIdsHolding(SALES_MANAGER_POSITION, lead.storeId()));
        employees.remove(lead.ownerEmployeeId());
        Set<String> usernames = new LinkedHashSet<>();
        employees.forEach(e -> users.usernameOfEmployee(e).ifPresent(usernames::add));
        return usernames;
    }
}
