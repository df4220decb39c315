package com.autosales.leads;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The manager's first-response figures (首次响应): who is waiting now, average response per consultant and source. */
@Service
@Transactional(readOnly = true)
public class FirstContactReport {

    private final Leads leads;
    private final LeadViews views;
    private final CurrentUsers currentUsers;
    private final OrgDirectory org;
    private final Clock clock;

    FirstContactReport(Leads leads, LeadViews views, CurrentUsers currentUsers, OrgDirectory org, Clock clock) {
        this.leads = leads;
        this.views = views;
        this.currentUsers = currentUsers;
        this.org = org;
        this.clock = clock;
    }

    /** Leads waiting for their first contact within my scope: a consultant's own countdowns, a manager's team. */
    @PreAuthorize("hasAuthority('leads:view')")
    public List<LeadView> waiting() {
        RecordScope s = currentUsers.scope();
        return views.views(leads.awaitingFirstContact(s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery(), PageRequest.of(0, 100)));
    }

    @PreAuthorize("hasAuthority('leads:view')")
    public long waitingCount() {
        RecordScope s = currentUsers.scope();
        return leads.countAwaitingFirstContact(s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery());
    }

    @PreAuthorize("hasAuthority('leads:approve')")
    public ResponseTimes lastDays(int days) {
        RecordScope s = currentUsers.scope();
        Instant since = clock.instant().minus(Duration.ofDays(days));
        List<Object[]> perOwner = leads.responseByOwner(s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery(), since);
        Map<Long, EmployeeView> names = org.employees(perOwner.stream().map(r -> (Long) r[0]).toList());
        List<ResponseTimes.Row> byConsultant = perOwner.stream().map(r -> row(
                names.containsKey((Long) r[0]) ? names.get((Long) r[0]).name() : String.valueOf(r[0]), (Long) r[0], null, r))
                .sorted(Comparator.comparing(ResponseTimes.Row::label)).toList();
        List<ResponseTimes.Row> bySource = leads.responseBySource(s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery(), since).stream()
                .map(r -> row(((LeadSource) r[0]).name(), null, (LeadSource) r[0], r))
                .sorted(Comparator.comparing(ResponseTimes.Row::source)).toList();
        return new ResponseTimes(days, waiting(), byConsultant, bySource);
    }

    private static ResponseTimes.Row row(String label, Long owner, LeadSource source, Object[] r) {
        Number average = (Number) r[4];
        return new ResponseTimes.Row(label, owner, source, ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                r[3] == null ? 0 : ((Number) r[3]).longValue(), average == null ? null : Math.round(average.doubleValue()));
    }
}
