package com.autosales.funnel;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * 销售漏斗 — the funnel of a period per stage, consultant and source with conversion rates, and the records behind
 * every number; always within the reader's data scope and working store, applied in the SQL (a consultant sees their
 * own funnel, a manager the one of their scope).
 *
 * <p>Not one transaction: its reads are plain queries, and a customer card out of the reader's scope (refused by the
 * customer archive's own transaction) must not roll back the rest.
 */
@Service
public class FunnelReport {

    static final int PAGE_SIZE = 20;

    private final FunnelQueries queries;
    private final CurrentUsers currentUsers;
    private final OrgDirectory org;
    private final CustomerNames customerNames;
    private final Clock clock;

    FunnelReport(FunnelQueries queries, CurrentUsers currentUsers, OrgDirectory org, CustomerNames customerNames,
            Clock clock) {
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.org = org;
        this.customerNames = customerNames;
        this.clock = clock;
    }

    /** The days the filter covers (default this month); refuses a start after the end. */
    public FunnelPeriod period(FunnelFilter filter) {
        return FunnelPeriod.resolve(filter.period(), filter.from(), filter.to(), LocalDate.now(clock));
    }

    @PreAuthorize("hasAuthority('leads:view')")
    public FunnelOverview overview(FunnelFilter filter) {
        FunnelPeriod period = period(filter);
        List<FunnelQueries.Cell> cells = queries.cells(query(filter, period));
        Map<FunnelStage, Long> total = new EnumMap<>(FunnelStage.class);
        Map<Long, Map<FunnelStage, Long>> perConsultant = new LinkedHashMap<>();
        Map<FunnelSource, Map<FunnelStage, Long>> perSource = new EnumMap<>(FunnelSource.class);
        for (FunnelQueries.Cell c : cells) {
            total.merge(c.stage(), c.count(), Long::sum);
            perConsultant.computeIfAbsent(c.consultantId(), k -> new EnumMap<>(FunnelStage.class))
                    .merge(c.stage(), c.count(), Long::sum);
            perSource.computeIfAbsent(c.source(), k -> new EnumMap<>(FunnelStage.class))
                    .merge(c.stage(), c.count(), Long::sum);
        }
        List<ConsultantFunnel> byConsultant = new ArrayList<>();
        for (EmployeeView e : consultants(perConsultant.keySet())) {
            byConsultant.add(new ConsultantFunnel(e.id(), e.name(), FunnelFigures.of(perConsultant.get(e.id()))));
        }
        List<SourceFunnel> bySource = new ArrayList<>();
        for (FunnelSource s : FunnelSource.values()) {
            bySource.add(new SourceFunnel(s, FunnelFigures.of(perSource.getOrDefault(s, Map.of()))));
        }
        return new FunnelOverview(period, filter.consultantId(), filter.source(), FunnelFigures.of(total),
                List.copyOf(byConsultant), List.copyOf(bySource));
    }

    /** 明细 — the records counted at a stage for this filter, newest first, a page at a time. */
    @PreAuthorize("hasAuthority('leads:view')")
    public Page<FunnelRecordView> records(FunnelFilter filter, FunnelStage stage, int page) {
        FunnelQuery query = query(filter, period(filter));
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        long total = queries.count(query, stage);
        List<FunnelQueries.Row> rows = total == 0 ? List.of()
                : queries.rows(query, stage, request.getOffset(), request.getPageSize());
        Map<Long, EmployeeView> people = org.employees(rows.stream().map(FunnelQueries.Row::consultantId)
                .collect(Collectors.toSet()));
        Map<Long, String> names = customerNames.visible(rows.stream().map(FunnelQueries.Row::customerId).toList());
        List<FunnelRecordView> views = rows.stream().map(r -> new FunnelRecordView(r.stage(), r.recordType(),
                r.recordId(), r.occurredAt(), r.customerId(), names.get(r.customerId()), r.consultantId(),
                nameOf(people.get(r.consultantId()), r.consultantId()), r.source(),
                RecordLinks.of(r.recordType(), r.recordId()))).toList();
        return new PageImpl<>(views, request, total);
    }

    /**
     * The consultants a reader may pick: those with records in the period within their scope (plus the one picked);
     * empty for a reader who sees only their own records.
     */
    @PreAuthorize("hasAuthority('leads:view')")
    public List<EmployeeView> consultantChoices(FunnelFilter filter) {
        RecordScope scope = currentUsers.scope();
        if (!scope.allOwners() && scope.ownerIds().size() <= 1) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>(queries.consultants(query(filter.withConsultant(null), period(filter))));
        if (filter.consultantId() != null && (scope.allOwners() || scope.ownerIds().contains(filter.consultantId()))) {
            ids.add(filter.consultantId());
        }
        return consultants(ids);
    }

    private FunnelQuery query(FunnelFilter filter, FunnelPeriod period) {
        return new FunnelQuery(currentUsers.scope(), period.start(clock.getZone()), period.end(clock.getZone()),
                filter.consultantId(), filter.source());
    }

    /** These employees by employee number; one no longer in the directory shows as its id. */
    private List<EmployeeView> consultants(Set<Long> ids) {
        Map<Long, EmployeeView> known = org.employees(ids);
        return ids.stream().map(id -> known.getOrDefault(id, new EmployeeView(id, null, nameOf(null, id), null, null,
                        null, null, null, null)))
                .sorted(Comparator.comparing(EmployeeView::employeeNo, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(EmployeeView::id))
                .toList();
    }

    private static String nameOf(EmployeeView employee, Long id) {
        return employee == null ? "#" + id : employee.name();
    }
}
