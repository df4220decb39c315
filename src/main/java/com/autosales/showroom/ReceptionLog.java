package com.autosales.showroom;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.Permissions;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.customers.CustomerActivity;
import com.autosales.customers.CustomerDetails;
import com.autosales.customers.CustomerDuplicates;
import com.autosales.customers.CustomerKind;
import com.autosales.customers.CustomerManagement;
import com.autosales.customers.DuplicateCandidates;
import com.autosales.customers.Lifecycle;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 来店/来电登记 — consultants log every walk-in and call; the visitor's phone is matched to the store's customer
 * cards (a match links the reception and makes it a repeat visit; otherwise a new card can be registered). Every
 * reception is audited, moves the customer's last contact and publishes {@link ReceptionLogged}.
 */
@Service
@Transactional(readOnly = true)
public class ReceptionLog {

    static final int PAGE_SIZE = 20;
    static final int DEFAULT_DAYS = 7;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Receptions receptions;
    private final CurrentUsers currentUsers;
    private final OrgDirectory org;
    private final CustomerDuplicates duplicates;
    private final CustomerManagement customers;
    private final CustomerActivity activity;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReceptionLog(Receptions receptions, CurrentUsers currentUsers, OrgDirectory org, CustomerDuplicates duplicates,
            CustomerManagement customers, CustomerActivity activity, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.receptions = receptions;
        this.currentUsers = currentUsers;
        this.org = org;
        this.duplicates = duplicates;
        this.customers = customers;
        this.activity = activity;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Now in the store's time zone, for the form's defaults. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).withSecond(0).withNano(0);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The card of the current store with this phone (+86, spaces and dashes ignored), if any. */
    @PreAuthorize("hasAuthority('leads:create')")
    public Optional<CustomerMatch> match(String phone) {
        return currentUsers.currentStoreId().flatMap(store -> matchIn(store, phone));
    }

    private Optional<CustomerMatch> matchIn(Long storeId, String phone) {
        if (phone == null || phone.isBlank() || !phone.trim().matches(ReceptionForm.PHONE)) {
            return Optional.empty();
        }
        DuplicateCandidates found = duplicates.findDuplicates(storeId, "", List.of(phone.trim()), null, null);
        return found.samePhone().stream().findFirst()
                .map(m -> new CustomerMatch(m.customerId(), m.name(), m.ownerName()));
    }

    /** Consultants of the current store a manager may log a reception for (empty for everyone else). */
    @PreAuthorize("hasAuthority('leads:view')")
    public List<EmployeeView> consultantChoices() {
        CurrentUser user = currentUsers.current();
        Optional<Long> store = currentUsers.currentStoreId();
        if (!user.can("leads:approve") || store.isEmpty()) {
            return List.of();
        }
        return employeesOf(store.get());
    }

    /** The consultants whose receptions the reader may see, for the list's filter. */
    @PreAuthorize("hasAuthority('leads:view')")
    public List<EmployeeView> consultantFilterChoices() {
        RecordScope scope = currentUsers.scope();
        Optional<Long> store = currentUsers.currentStoreId();
        List<EmployeeView> staff = store.map(this::employeesOf).orElse(List.of());
        return staff.stream().filter(e -> scope.allOwners() || scope.ownerIds().contains(e.id())).toList();
    }

    private List<EmployeeView> employeesOf(Long storeId) {
        return org.currentEmployees().stream()
                .filter(e -> e.unitId() != null && org.storeOf(e.unitId()).map(storeId::equals).orElse(false))
                .sorted(Comparator.comparing(EmployeeView::employeeNo, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The current user logs a visit or call in their store (for themselves, or for a consultant if a manager). */
    @Transactional
    @PreAuthorize("hasAuthority('leads:create')")
    public ReceptionView log(ReceptionForm form) {
        CurrentUser user = currentUsers.current();
        Long storeId = currentUsers.requireStore();
        Long consultant = form.consultantEmployeeId() == null ? user.employeeId() : form.consultantEmployeeId();
        if (consultant == null) {
            throw new DomainException("showroom.consultant-required");
        }
        if (!consultant.equals(user.employeeId())) {
            boolean allowed = user.can("leads:approve")
                    && employeesOf(storeId).stream().anyMatch(e -> e.id().equals(consultant));
            if (!allowed) {
                throw new DomainException("showroom.consultant-not-allowed");
            }
        }
        return save(storeId, consultant, user.username(), form, user.can("customers:create"));
    }

    /** Logs a reception without a signed-in user (demo data); same rules, audited, published. */
    @Transactional
    public ReceptionView logFor(Long storeId, Long consultantEmployeeId, String username, ReceptionForm form) {
        return save(storeId, consultantEmployeeId, username, form, true);
    }

    private ReceptionView save(Long storeId, Long consultant, String username, ReceptionForm form, boolean mayRegister) {
        Map<String, String> problems = ReceptionRules.violations(form, now());
        if (!problems.isEmpty()) {
            throw new ReceptionRejected(problems.entrySet().iterator().next());
        }
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Instant in = form.timeIn() == null ? now : form.timeIn().atZone(zone).toInstant();
        Instant out = form.timeOut() == null ? null : form.timeOut().atZone(zone).toInstant();
        Optional<CustomerMatch> match = matchIn(storeId, form.customerPhone());
        Long customerId = match.map(CustomerMatch::customerId).orElse(null);
        boolean firstVisit = match.isEmpty() && (form.firstVisit() == null || form.firstVisit());
        boolean registered = false;
        if (customerId == null && form.wantsCard() && (form.customerPhone() != null || form.customerName() != null)) {
            if (form.customerName() == null) {
                throw new ReceptionRejected(Map.entry("customerName", "showroom.name-required"));
            }
            if (!mayRegister) {
                throw new DomainException("showroom.cannot-register");
            }
            customerId = customers.registerFor(storeId, consultant, new CustomerDetails(CustomerKind.INDIVIDUAL,
                    form.customerName(), form.customerPhone(), Lifecycle.POTENTIAL, null));
            registered = true;
        }
        Reception saved = receptions.save(new Reception(storeId, consultant, customerId, form, in, out,
                in.atZone(zone).toLocalDate(), firstVisit, username, now));
        if (customerId != null) {
            activity.contacted(customerId, in);
        }
        audit.record(AuditRecord.of("reception", saved.id(), "CREATE",
                form.kind() + " " + form.source() + (form.customerName() == null ? "" : " " + form.customerName()),
                FieldChange.of("kind", null, form.kind()),
                FieldChange.of("timeIn", null, AT.withZone(zone).format(in)),
                FieldChange.of("timeOut", null, out == null ? null : AT.withZone(zone).format(out)),
                FieldChange.of("people", null, form.people()),
                FieldChange.of("source", null, form.source()),
                FieldChange.of("sourceDetail", null, saved.sourceDetail()),
                FieldChange.of("models", null, form.models()),
                FieldChange.of("consultantEmployeeId", null, consultant),
                FieldChange.of("customerId", null, customerId),
                FieldChange.of("firstVisit", null, firstVisit),
                FieldChange.of("customerRegistered", null, registered ? "true" : null)));
        events.publishEvent(new ReceptionLogged(saved.id(), customerId, consultant, storeId, form.source(), firstVisit, in));
        return views(List.of(saved)).get(0);
    }

    /** 离店 — one click: the visitor left now (or the call ended). */
    @Transactional
    @PreAuthorize("hasAuthority('leads:edit')")
    public ReceptionView markLeft(Long id, Long expectedVersion) {
        Reception reception = visible(id);
        if (expectedVersion != null && reception.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        reception.leave(clock.instant());
        audit.record(AuditRecord.of("reception", id, "LEFT", null,
                FieldChange.of("timeOut", null, AT.withZone(clock.getZone()).format(reception.timeOut()))));
        receptions.flush();
        return views(List.of(reception)).get(0);
    }

    @PreAuthorize("hasAuthority('leads:view')")
    public ReceptionView get(Long id) {
        return views(List.of(visible(id))).get(0);
    }

    /** The reception list, newest first, within the reader's data scope. */
    @PreAuthorize("hasAuthority('leads:view')")
    public Page<ReceptionView> list(ReceptionFilter filter, int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, newestFirst());
        Page<Reception> found = receptions.findAll(matching(filter), request);
        return new PageImpl<>(views(found.getContent()), request, found.getTotalElements());
    }

    /** Every reception the list shows for this filter, batch by batch (export). */
    @PreAuthorize("hasAuthority('leads:export')")
    public void forEachMatch(ReceptionFilter filter, int batchSize, Consumer<List<ReceptionView>> batch) {
        for (int page = 0; ; page++) {
            Page<Reception> found = receptions.findAll(matching(filter), PageRequest.of(page, batchSize, newestFirst()));
            if (found.hasContent()) {
                batch.accept(views(found.getContent()));
            }
            if (!found.hasNext()) {
                return;
            }
        }
    }

    /** 展厅看板 — today's receptions within the reader's data scope. */
    @PreAuthorize("hasAuthority('leads:view')")
    public ShowroomBoard board() {
        RecordScope scope = currentUsers.scope();
        LocalDate day = today();
        List<ReceptionView> all = views(receptions.findOnDay(scope.allStores(), scope.storeIdsForQuery(),
                scope.allOwners(), scope.ownerIdsForQuery(), day));
        Map<ReceptionSource, Long> bySource = new EnumMap<>(ReceptionSource.class);
        for (ReceptionSource s : ReceptionSource.values()) {
            bySource.put(s, 0L);
        }
        all.forEach(r -> bySource.merge(r.source(), 1L, Long::sum));
        List<ReceptionView> in = all.stream().filter(ReceptionView::inShowroom)
                .sorted(Comparator.comparing(ReceptionView::timeIn)).toList();
        return new ShowroomBoard(day, in,
                all.stream().filter(r -> r.kind() == ReceptionKind.VISIT).count(),
                all.stream().filter(r -> r.kind() == ReceptionKind.CALL).count(),
                all.stream().filter(ReceptionView::firstVisit).count(), bySource);
    }

    @Transactional
    void repoint(Long mergedId, Long survivorId) {
        receptions.repoint(mergedId, survivorId);
    }

    private static Sort newestFirst() {
        return Sort.by(Sort.Order.desc("timeIn"), Sort.Order.desc("id"));
    }

    private Specification<Reception> matching(ReceptionFilter filter) {
        RecordScope scope = currentUsers.scope();
        LocalDate to = filter.to() == null ? today() : filter.to();
        LocalDate from = filter.from() == null ? to.minusDays(DEFAULT_DAYS - 1) : filter.from();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!scope.allStores()) {
                where.add(root.get("storeId").in(scope.storeIdsForQuery()));
            }
            if (!scope.allOwners()) {
                where.add(root.get("consultantEmployeeId").in(scope.ownerIdsForQuery()));
            }
            where.add(cb.between(root.get("visitDay"), from, to));
            if (filter.consultantId() != null) {
                where.add(cb.equal(root.get("consultantEmployeeId"), filter.consultantId()));
            }
            if (filter.source() != null) {
                where.add(cb.equal(root.get("source"), filter.source()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private Reception visible(Long id) {
        RecordScope scope = currentUsers.scope();
        return receptions.findVisible(id, scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery()).orElseThrow(() -> new RecordNotFoundException("reception", id));
    }

    private List<ReceptionView> views(List<Reception> list) {
        Map<Long, EmployeeView> consultants = org.employees(list.stream().map(Reception::consultantEmployeeId)
                .filter(Objects::nonNull).distinct().toList());
        CurrentUser reader = currentUsers.find().orElse(null);
        Instant now = clock.instant();
        List<ReceptionView> out = new ArrayList<>();
        for (Reception r : list) {
            EmployeeView c = consultants.get(r.consultantEmployeeId());
            boolean mayReadPhone = reader == null || reader.can(Permissions.CUSTOMERS_SENSITIVE)
                    || Objects.equals(reader.employeeId(), r.consultantEmployeeId());
            Long minutes = r.kind() == ReceptionKind.VISIT && r.timeOut() == null
                    ? Math.max(0, Duration.between(r.timeIn(), now).toMinutes()) : null;
            ReceptionView v = new ReceptionView(r.id(), r.storeId(), r.kind(), r.timeIn(), r.timeOut(), r.visitDay(),
                    r.people(), r.source(), r.sourceDetail(), r.models(), r.consultantEmployeeId(),
                    c == null ? null : c.name(), r.customerId(), r.visitorName(),
                    mayReadPhone ? r.visitorPhone() : mask(r.visitorPhone()), r.firstVisit(), minutes, r.version());
            out.add(v);
        }
        return out;
    }

    static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        if (digits.length() < 7) {
            return "****";
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }
}
