package com.autosales.leads;

import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns leads and follow-ups into the views pages and the API show, reading owners and next tasks in batches. */
@Component
class LeadViews {

    private final FollowUps followUps;
    private final LeadSettings settings;
    private final OrgDirectory org;
    private final Clock clock;

    LeadViews(FollowUps followUps, LeadSettings settings, OrgDirectory org, Clock clock) {
        this.followUps = followUps;
        this.settings = settings;
        this.org = org;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    List<LeadView> views(List<Lead> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, EmployeeView> owners = org.employees(list.stream().map(Lead::ownerEmployeeId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, FollowUp> next = followUps.openOfLeads(list.stream().map(Lead::id).toList()).stream()
                .collect(Collectors.toMap(FollowUp::leadId, Function.identity(),
                        (a, b) -> a.dueDate().isBefore(b.dueDate()) ? a : b));
        Map<Long, String> reasons = settings.lostReasons().stream()
                .collect(Collectors.toMap(LostReason::getId, r -> r.name(LocaleContextHolder.getLocale())));
        LocalDate today = today();
        Instant now = clock.instant();
        return list.stream().map(l -> {
            LeadDetails d = l.details();
            FollowUp task = next.get(l.id());
            EmployeeView owner = owners.get(l.ownerEmployeeId());
            return new LeadView(l.id(), l.customerId(), l.customerName(), l.storeId(), l.ownerEmployeeId(),
                    owner == null ? null : owner.name(), d.models(), d.budget(), d.paymentIntent(), d.tradeIn(),
                    d.tradeInDescription(), d.competitorModels(), d.source(), d.sourceDetail(), d.level(), l.status(),
                    l.lostReasonId(), l.lostReasonId() == null ? null : reasons.get(l.lostReasonId()), l.lostNote(),
                    task == null ? null : task.dueDate(), task != null && task.dueDate().isBefore(today),
                    l.lastFollowUpAt(), l.createdAt(), l.responseState(now), l.firstContactDueAt(),
                    l.reassignOfferAt(), l.firstContactAt(), l.firstResponseMinutes(), l.version());
        }).toList();
    }

    List<FollowUpView> followUpViews(List<FollowUp> list, Map<Long, Lead> knownLeads) {
        Map<Long, Lead> byId = new java.util.HashMap<>(knownLeads);
        List<Long> missing = list.stream().map(FollowUp::leadId).filter(id -> !byId.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            followUps.leads(missing).forEach(l -> byId.put(l.id(), l));
        }
        Map<Long, EmployeeView> owners = org.employees(list.stream().map(FollowUp::ownerEmployeeId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        LocalDate today = today();
        return list.stream().map(f -> {
            Lead l = byId.get(f.leadId());
            EmployeeView owner = owners.get(f.ownerEmployeeId());
            boolean done = f.state() == FollowUp.State.DONE;
            return new FollowUpView(f.id(), f.leadId(), l.customerName(), l.details().models(), l.level(), l.status(),
                    f.ownerEmployeeId(), owner == null ? null : owner.name(), f.dueDate(), done,
                    !done && f.dueDate().isBefore(today), f.channel(), f.summary(), f.levelBefore(), f.levelAfter(),
                    f.doneAt(), f.doneBy(), f.purpose());
        }).toList();
    }
}
