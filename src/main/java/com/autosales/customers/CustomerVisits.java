package com.autosales.customers;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 客户访问 — reps record their visits (and calls, showroom and online contacts) to customers they may see; each
 * visit moves the customer's last contact, is audited on the card, and counts in the daily and monthly reports.
 */
@Service
@Transactional(readOnly = true)
public class CustomerVisits {

    static final String AUDIT_ACTION = "VISIT";
    static final int CARD_LIMIT = 50;
    /** A visit may be recorded a little ahead (clock drift), never for a later day. */
    private static final Duration AHEAD = Duration.ofMinutes(10);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Customers customers;
    private final CustomerVisitRepository visits;
    private final CustomerActivity activity;
    private final CurrentUsers currentUsers;
    private final OrgDirectory org;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerVisits(Customers customers, CustomerVisitRepository visits, CustomerActivity activity,
            CurrentUsers currentUsers, OrgDirectory org, AuditTrail audit, Clock clock) {
        this.customers = customers;
        this.visits = visits;
        this.activity = activity;
        this.currentUsers = currentUsers;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current user records a visit to a customer they may see (404 otherwise). */
    @Transactional
    @PreAuthorize("hasAuthority('customers:edit')")
    public CustomerVisitView record(Long customerId, VisitForm form) {
        Customer customer = visible(customerId);
        CurrentUser user = currentUsers.current();
        return save(customer, user.employeeId(), user.username(), form);
    }

    /** Records a visit without a signed-in user (demo data, imports); still audited and still moves the last contact. */
    @Transactional
    public CustomerVisitView recordFor(Long customerId, Long employeeId, String username, VisitForm form) {
        Customer customer = customers.findById(customerId).orElseThrow(() -> new RecordNotFoundException("customer", customerId));
        return save(customer, employeeId, username, form);
    }

    private CustomerVisitView save(Customer customer, Long employeeId, String username, VisitForm form) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Instant at = form.visitedAt() == null ? now : form.visitedAt().atZone(zone).toInstant();
        if (at.isAfter(now.plus(AHEAD))) {
            throw new DomainException("customer.visits-in-future");
        }
        if (form.nextDate() != null && form.nextDate().isBefore(at.atZone(zone).toLocalDate())) {
            throw new DomainException("customer.visits-next-date-past");
        }
        CustomerVisit visit = visits.save(new CustomerVisit(customer.id(), customer.storeId(), employeeId, username, at,
                at.atZone(zone).toLocalDate(), form, now));
        activity.contacted(customer.id(), at);
        audit.record(AuditRecord.of("customer", customer.id(), AUDIT_ACTION, form.purpose(),
                FieldChange.of("visits.visitedAt", null, AT.withZone(zone).format(at)),
                FieldChange.of("visits.kind", null, form.kind()),
                FieldChange.of("visits.result", null, form.result()),
                FieldChange.of("visits.nextStep", null, form.nextStep()),
                FieldChange.of("visits.nextDate", null, form.nextDate()),
                FieldChange.of("visits.corrections", null, form.corrections())));
        return views(List.of(visit)).get(0);
    }

    /** The latest visits to a customer the reader may see, newest first. */
    @PreAuthorize("hasAuthority('customers:view')")
    public List<CustomerVisitView> ofCustomer(Long customerId) {
        visible(customerId);
        return views(visits.findLatest(customerId, PageRequest.of(0, CARD_LIMIT)));
    }

    /** 客户访问日报 — per rep for one day. */
    @PreAuthorize("hasAuthority('customers:view')")
    public VisitReport daily(LocalDate day) {
        return report(VisitReport.Period.DAY, day, day);
    }

    /** 客户访问月报 — per rep for one month. */
    @PreAuthorize("hasAuthority('customers:view')")
    public VisitReport monthly(YearMonth month) {
        return report(VisitReport.Period.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** Today in the dealership's time zone, for the pickers' defaults. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private VisitReport report(VisitReport.Period period, LocalDate from, LocalDate to) {
        RecordScope scope = currentUsers.scope();
        List<CustomerVisitView> found = views(visits.findInPeriod(scope.allStores(), scope.storeIdsForQuery(),
                scope.allOwners(), scope.ownerIdsForQuery(), from, to));
        // the reps of a scope limited to people are listed even without visits; a store-wide scope lists who visited
        Set<Long> repIds = new HashSet<>(scope.allOwners() ? Set.of() : scope.ownerIds());
        found.stream().map(CustomerVisitView::employeeId).filter(Objects::nonNull).forEach(repIds::add);
        Map<Long, EmployeeView> employees = org.employees(repIds);
        Map<String, List<CustomerVisitView>> byRep = new LinkedHashMap<>();
        for (Long repId : repIds) {
            byRep.put(String.valueOf(repId), new ArrayList<>());
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (CustomerVisitView v : found) {
            String key = v.employeeId() == null ? "user:" + v.repName() : String.valueOf(v.employeeId());
            byRep.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
            names.putIfAbsent(key, v.repName());
        }
        List<VisitReport.RepLine> lines = new ArrayList<>();
        for (Map.Entry<String, List<CustomerVisitView>> rep : byRep.entrySet()) {
            Long employeeId = rep.getKey().startsWith("user:") ? null : Long.valueOf(rep.getKey());
            EmployeeView employee = employeeId == null ? null : employees.get(employeeId);
            if (employeeId != null && employee == null && rep.getValue().isEmpty()) {
                continue;
            }
            String name = employee != null ? employee.name() : names.getOrDefault(rep.getKey(), rep.getKey());
            List<CustomerVisitView> entries = rep.getValue();
            lines.add(new VisitReport.RepLine(employeeId, name, entries.size(), byKind(entries),
                    entries.stream().map(CustomerVisitView::customerId).distinct().count(),
                    entries.stream().filter(v -> v.nextStep() != null).count(), List.copyOf(entries)));
        }
        lines.sort(Comparator.comparing(VisitReport.RepLine::visits).reversed()
                .thenComparing(VisitReport.RepLine::repName, Comparator.nullsLast(Comparator.naturalOrder())));
        return new VisitReport(period, from, to, lines, found.size(), byKind(found),
                found.stream().map(CustomerVisitView::customerId).distinct().count());
    }

    private static Map<VisitKind, Long> byKind(List<CustomerVisitView> entries) {
        Map<VisitKind, Long> counts = new EnumMap<>(VisitKind.class);
        for (VisitKind kind : VisitKind.values()) {
            counts.put(kind, 0L);
        }
        entries.forEach(v -> counts.merge(v.kind(), 1L, Long::sum));
        return counts;
    }

    private List<CustomerVisitView> views(List<CustomerVisit> list) {
        Map<Long, EmployeeView> reps = org.employees(list.stream().map(CustomerVisit::employeeId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, String> names = customers.findAllById(list.stream().map(CustomerVisit::customerId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Customer::id, c -> c.details().name(), (a, b) -> a));
        Function<CustomerVisit, String> repName = v -> {
            EmployeeView e = v.employeeId() == null ? null : reps.get(v.employeeId());
            return e == null ? v.recordedBy() : e.name();
        };
        return list.stream().map(v -> new CustomerVisitView(v.id(), v.customerId(), names.get(v.customerId()),
                v.employeeId(), repName.apply(v), v.visitedAt(), v.visitDay(), v.kind(), v.purpose(), v.result(),
                v.nextStep(), v.nextDate(), v.corrections())).toList();
    }

    private Customer visible(Long id) {
        RecordScope scope = currentUsers.scope();
        return customers.findVisible(id, scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery()).orElseThrow(() -> new RecordNotFoundException("customer", id));
    }
}
