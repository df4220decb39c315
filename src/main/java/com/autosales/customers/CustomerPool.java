package com.autosales.customers;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.Permissions;
import com.autosales.access.RecordScope;
import com.autosales.access.UserDirectory;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.notifications.Notice;
import com.autosales.notifications.Notifications;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 公海 — the public pool. Customers nobody follows up go back to their store's pool by rules per store and grade
 * (never those with open business); consultants claim them within their limits; owners release them; managers
 * assign them. Every move is audited on the card with the rule or reason behind it.
 */
@Service
@Transactional(readOnly = true)
public class CustomerPool {

    private static final Logger log = LoggerFactory.getLogger(CustomerPool.class);
    private static final int PAGE_SIZE = 20;
    private static final int BATCH = 500;

    private final PoolStore store;
    private final Customers customers;
    private final CurrentUsers currentUsers;
    private final OrgDirectory org;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final UserDirectory userDirectory;
    private final OpenBusiness openBusiness;
    private final PoolTexts texts;
    private final TransactionTemplate tx;
    private final Clock clock;

    CustomerPool(PoolStore store, Customers customers, CurrentUsers currentUsers, OrgDirectory org, AuditTrail audit,
            Notifications notifications, UserDirectory userDirectory, OpenBusiness openBusiness,
            PoolTexts texts, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.currentUsers = currentUsers;
        this.org = org;
        this.audit = audit;
        this.notifications = notifications;
        this.userDirectory = userDirectory;
        this.openBusiness = openBusiness;
        this.texts = texts;
        this.tx = tx;
        this.clock = clock;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private LocalDate dateOf(Instant instant) {
        return instant == null ? null : instant.atZone(zone()).toLocalDate();
    }

    // ------------------------------------------------------------------ the pool page

    /** Customers in the pools of the stores I work for (by store, whoever owned them), newest arrivals first. */
    @PreAuthorize("hasAuthority('customers:view')")
    public Page<PoolEntry> search(String text, Long poolId, int page) {
        RecordScope scope = currentUsers.scope();
        SearchTerms terms = SearchTerms.of(text);
        int p = Math.max(page, 0);
        long total = store.countMembers(scope.allStores(), scope.storeIdsForQuery(), poolId, terms);
        List<PoolStore.MemberRow> rows = store.members(scope.allStores(), scope.storeIdsForQuery(), poolId, terms,
                p * PAGE_SIZE, PAGE_SIZE);
        return new PageImpl<>(entries(rows), PageRequest.of(p, PAGE_SIZE), total);
    }

    /** The pools of the stores I work for (all pools in the group view of an admin); default pools made on first use. */
    @Transactional
    @PreAuthorize("hasAuthority('customers:view')")
    public List<PoolView> pools() {
        RecordScope scope = currentUsers.scope();
        Set<Long> stores = scope.allStores() ? org.stores().stream().map(s -> s.id()).collect(Collectors.toSet())
                : scope.storeIdsForQuery();
        Instant now = clock.instant();
        stores.stream().filter(id -> id > 0).forEach(id -> store.defaultPool(id, now));
        return store.pools(stores);
    }

    /** A pool customer of my stores, or 404. */
    @PreAuthorize("hasAuthority('customers:view')")
    public PoolEntry entry(Long customerId) {
        return entries(List.of(memberInScope(customerId))).get(0);
    }

    /**
     * The customer is no longer in a pool: if it just left a pool of my stores to someone (claimed or assigned), I
     * was too late and am told so; anything else is not for me to know.
     */
    private RuntimeException takenOrNotFound(Long customerId) {
        RecordScope scope = currentUsers.scope();
        boolean takenFromMyPool = store.lastTaken(customerId)
                .filter(storeId -> scope.allStores() || scope.storeIds().contains(storeId)).isPresent();
        return takenFromMyPool ? new DomainException("customer.pool-already-claimed")
                : new RecordNotFoundException("customer", customerId);
    }

    private PoolStore.MemberRow inScope(PoolStore.MemberRow member) {
        RecordScope scope = currentUsers.scope();
        if (scope.allStores() || scope.storeIds().contains(member.storeId())) {
            return member;
        }
        throw new RecordNotFoundException("customer", member.customerId());
    }

    private PoolStore.MemberRow memberInScope(Long customerId) {
        RecordScope scope = currentUsers.scope();
        return store.member(customerId)
                .filter(m -> scope.allStores() || scope.storeIds().contains(m.storeId()))
                .orElseThrow(() -> new RecordNotFoundException("customer", customerId));
    }

    private List<PoolEntry> entries(List<PoolStore.MemberRow> rows) {
        Map<Long, EmployeeView> previous = org.employees(rows.stream().map(PoolStore.MemberRow::previousOwnerId)
                .filter(id -> id != null).distinct().toList());
        boolean sensitive = currentUsers.find().map(u -> u.can(Permissions.CUSTOMERS_SENSITIVE)).orElse(false);
        return rows.stream().map(m -> new PoolEntry(m.customerId(), m.storeId(), m.name(),
                sensitive ? m.phone() : PhoneMask.mask(m.phone()), m.grade(), m.lifecycle(), m.poolId(), m.poolName(),
                m.defaultPool(), m.since(), m.reason(), m.ruleKind(), m.ruleDays(), m.ruleGrade(), m.note(),
                m.previousOwnerId() == null || !previous.containsKey(m.previousOwnerId()) ? null
                        : previous.get(m.previousOwnerId()).name())).toList();
    }

    // ------------------------------------------------------------------ claim, release, assign

    /**
     * 领取 — I take a customer from a pool of my store, within my limits (customers owned, claims today, no re-claim
     * of one I released or lost within the cooldown). Two consultants at once: exactly one gets it.
     */
    @Transactional
    @PreAuthorize("hasAuthority('customers:create')")
    public void claim(Long customerId) {
        CurrentUser user = currentUsers.current();
        if (user.employeeId() == null) {
            throw new DomainException("customer.pool-no-employee");
        }
        PoolStore.MemberRow member = inScope(store.member(customerId).orElseThrow(() -> takenOrNotFound(customerId)));
        LocalDate today = LocalDate.now(clock);
        PoolLimits limits = store.settings(member.storeId()).limits();
        PoolRules.checkClaim(limits, store.countOwned(user.employeeId()),
                store.claimsSince(user.employeeId(), today.atStartOfDay(zone()).toInstant()),
                store.lastLost(customerId, user.employeeId()).map(this::dateOf).orElse(null), today);
        Instant now = clock.instant();
        if (store.takeOwnership(customerId, user.employeeId(), now) == 0) {
            throw new DomainException("customer.pool-already-claimed");
        }
        store.removeMember(customerId);
        store.addMove(customerId, member.poolId(), "CLAIM", user.employeeId(), null, null, now);
        String me = org.employee(user.employeeId()).map(EmployeeView::name).orElse(user.displayName());
        audit.record(AuditRecord.of("customer", customerId, "POOL_CLAIM", null,
                FieldChange.of("owner", null, me),
                FieldChange.of("pool", texts.poolName(member.poolName(), member.defaultPool()), null)));
    }

    /** 释放 — the owner (or a manager) gives a customer back to a pool of its store, with a reason. */
    @Transactional
    @PreAuthorize("hasAuthority('customers:edit')")
    public void release(Long customerId, Long poolId, String reason) {
        CurrentUser user = currentUsers.current();
        RecordScope scope = currentUsers.scope();
        Customer customer = customers.findVisible(customerId, scope.allStores(), scope.storeIdsForQuery(),
                scope.allOwners(), scope.ownerIdsForQuery()).orElseThrow(() -> new RecordNotFoundException("customer", customerId));
        if (customer.ownerEmployeeId() == null) {
            throw new DomainException("customer.pool-already-in-pool");
        }
        boolean owner = customer.ownerEmployeeId().equals(user.employeeId());
        if (!owner && !user.can("customers:approve")) {
            throw new DomainException("customer.pool-not-owner");
        }
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > 200) {
            throw new DomainException("customer.pool-reason-required");
        }
        if (!openBusiness.of(Set.of(customerId)).isEmpty()) {
            throw new DomainException("customer.pool-open-business");
        }
        Instant now = clock.instant();
        PoolView pool = targetPool(customer.storeId(), poolId, now);
        Long previous = customer.ownerEmployeeId();
        if (store.dropOwnership(customerId, previous, now) == 0) {
            throw new com.autosales.shared.ConcurrentChangeException();
        }
        store.addMember(customerId, pool.id(), now, "RELEASED", null, why, previous);
        store.addMove(customerId, pool.id(), "RELEASE", previous, null, why, now);
        audit.record(AuditRecord.of("customer", customerId, "POOL_RELEASE", why,
                FieldChange.of("owner", nameOf(previous), null),
                FieldChange.of("pool", null, texts.poolName(pool.name(), pool.defaultPool()))));
    }

    /**
     * A card that arrives without an owner (an imported row with no consultant) starts in its store's default pool,
     * where consultants can claim it, instead of being a card nobody sees.
     */
    void admitUnowned(Long customerId, Long storeId, String fileName) {
        Instant now = clock.instant();
        PoolView pool = store.defaultPool(storeId, now);
        store.addMember(customerId, pool.id(), now, "IMPORTED", null, fileName, null);
        store.addMove(customerId, pool.id(), "IMPORT", null, null, fileName, now);
    }

    private PoolView targetPool(Long storeId, Long poolId, Instant now) {
        if (poolId == null) {
            return store.defaultPool(storeId, now);
        }
        return store.pool(poolId).filter(p -> p.storeId().equals(storeId))
                .orElseThrow(() -> new DomainException("customer.pool-other-store"));
    }

    /** 分配 — a manager gives a pool customer of their store to one of its employees. */
    @Transactional
    @PreAuthorize("hasAuthority('customers:approve')")
    public void assign(Long customerId, Long employeeId) {
        PoolStore.MemberRow member = inScope(store.member(customerId).orElseThrow(() -> takenOrNotFound(customerId)));
        EmployeeView employee = candidates(customerId).stream().filter(e -> e.id().equals(employeeId)).findFirst()
                .orElseThrow(() -> new DomainException("customer.owner-not-in-store"));
        Instant now = clock.instant();
        if (store.takeOwnership(customerId, employee.id(), now) == 0) {
            throw new DomainException("customer.pool-already-claimed");
        }
        store.removeMember(customerId);
        store.addMove(customerId, member.poolId(), "ASSIGN", employee.id(), null, null, now);
        audit.record(AuditRecord.of("customer", customerId, "POOL_ASSIGN", null,
                FieldChange.of("owner", null, employee.name()),
                FieldChange.of("pool", texts.poolName(member.poolName(), member.defaultPool()), null)));
        String byName = currentUsers.current().displayName();
        userDirectory.usernameOfEmployee(employee.id()).ifPresent(username -> notifications.send(
                Notice.to(username, "customer-assigned", "customer.notice.assigned", "/customers/" + customerId,
                        member.name(), byName)));
    }

    /** Who a pool customer may be assigned to: the current employees of its store. */
    @PreAuthorize("hasAuthority('customers:approve')")
    public List<EmployeeView> candidates(Long customerId) {
        Long storeId = memberInScope(customerId).storeId();
        return org.currentEmployees().stream()
                .filter(e -> e.unitId() != null && org.storeOf(e.unitId()).map(storeId::equals).orElse(false))
                .toList();
    }

    /** Adds a further pool to my store (e.g. one per team). */

    // ------------------------------------------------------------------ the card

    /** What the card says: in the pool since when and why, or when it returns and under which rule, or protected. */
    @PreAuthorize("hasAuthority('customers:view')")
    public PoolStatus status(Long customerId) {
        CurrentUser user = currentUsers.current();
        RecordScope scope = currentUsers.scope();
        Optional<PoolStore.MemberRow> member = store.member(customerId);
        if (member.isPresent()) {
            return new PoolStatus(entries(List.of(memberInScope(customerId))).get(0), null, List.of(), false, List.of());
        }
        customers.findVisible(customerId, scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery()).orElseThrow(() -> new RecordNotFoundException("customer", customerId));
        Optional<PoolStore.OwnedRow> owned = store.owned(customerId);
        if (owned.isEmpty()) {
            return new PoolStatus(null, null, List.of(), false, List.of());
        }
        PoolStore.OwnedRow row = owned.get();
        List<String> protection = openBusiness.of(Set.of(customerId)).getOrDefault(customerId, List.of());
        PoolForecast forecast = protection.isEmpty() ? forecast(row, store.rules(row.storeId())).orElse(null) : null;
        boolean mayRelease = protection.isEmpty() && user.can("customers:edit")
                && (row.ownerId().equals(user.employeeId()) || user.can("customers:approve"));
        return new PoolStatus(null, forecast, protection, mayRelease,
                mayRelease ? store.pools(Set.of(row.storeId())) : List.of());
    }

    private Optional<PoolForecast> forecast(PoolStore.OwnedRow row, Map<String, PoolRule> rules) {
        return PoolRules.forecast(rules.get(PoolRule.gradeOf(row.grade())), dateOf(row.createdAt()),
                dateOf(row.lastContactAt()), dateOf(row.lastDealAt()), dateOf(row.ownedSince()));
    }

    // ------------------------------------------------------------------ the daily job

    /**
     * 回收 — the daily run for {@code today}: owners are reminded (once) the configured days before their customer
     * returns; customers due return to their store's default pool; customers with open business are left alone.
     * Each customer in its own transaction, so one failure does not undo the others.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PoolRunResult reclaimDue(LocalDate today) {
        int reclaimed = 0;
        int reminded = 0;
        int protectedCount = 0;
        Map<Long, Map<String, PoolRule>> rulesByStore = new java.util.HashMap<>();
        Long after = 0L;
        List<PoolStore.OwnedRow> batch;
        do {
            batch = store.ownedAfter(after, BATCH);
            Map<Long, PoolForecast> due = new java.util.LinkedHashMap<>();
            Map<Long, PoolForecast> remind = new java.util.LinkedHashMap<>();
            Map<Long, PoolStore.OwnedRow> rows = new java.util.HashMap<>();
            for (PoolStore.OwnedRow row : batch) {
                after = row.id();
                Map<String, PoolRule> rules = rulesByStore.computeIfAbsent(row.storeId(), store::rules);
                Optional<PoolForecast> forecast = forecast(row, rules);
                if (forecast.isEmpty()) {
                    continue;
                }
                rows.put(row.id(), row);
                if (forecast.get().dueOn(today)) {
                    due.put(row.id(), forecast.get());
                } else if (forecast.get().remindOn(today)) {
                    remind.put(row.id(), forecast.get());
                }
            }
            Set<Long> asked = new HashSet<>(due.keySet());
            asked.addAll(remind.keySet());
            Set<Long> protectedIds = openBusiness.of(asked).keySet();
            protectedCount += (int) asked.stream().filter(protectedIds::contains).count();
            for (Map.Entry<Long, PoolForecast> e : remind.entrySet()) {
                if (!protectedIds.contains(e.getKey()) && remind(rows.get(e.getKey()), e.getValue())) {
                    reminded++;
                }
            }
            for (Map.Entry<Long, PoolForecast> e : due.entrySet()) {
                if (protectedIds.contains(e.getKey())) {
                    continue;
                }
                PoolStore.OwnedRow row = rows.get(e.getKey());
                Boolean done = tx.execute(s -> reclaim(row, e.getValue()));
                if (Boolean.TRUE.equals(done)) {
                    reclaimed++;
                }
            }
        } while (batch.size() == BATCH);
        log.info("Public pool run for {}: {} reclaimed, {} reminded, {} protected by open business", today, reclaimed,
                reminded, protectedCount);
        return new PoolRunResult(reclaimed, reminded, protectedCount);
    }

    private boolean remind(PoolStore.OwnedRow row, PoolForecast forecast) {
        Optional<String> username = userDirectory.usernameOfEmployee(row.ownerId());
        if (username.isEmpty()) {
            return false;
        }
        tx.executeWithoutResult(s -> notifications.send(Notice.to(username.get(), "customer-pool-reminder",
                "customer.pool.notice.reminder", "/customers/" + row.id(), row.name(), forecast.dueDate().toString(),
                texts.rule(forecast)).onceFor("customer-pool-reminder:" + row.id() + ":" + forecast.dueDate())));
        return true;
    }

    private boolean reclaim(PoolStore.OwnedRow row, PoolForecast forecast) {
        Instant now = clock.instant();
        if (store.dropOwnership(row.id(), row.ownerId(), now) == 0) {
            return false;
        }
        PoolView pool = store.defaultPool(row.storeId(), now);
        store.addMember(row.id(), pool.id(), now, "RECLAIMED", forecast, null, row.ownerId());
        store.addMove(row.id(), pool.id(), "RECLAIM", row.ownerId(), forecast, null, now);
        audit.record(AuditRecord.of("customer", row.id(), "POOL_RECLAIM", texts.rule(forecast),
                FieldChange.of("owner", nameOf(row.ownerId()), null),
                FieldChange.of("pool", null, texts.poolName(pool.name(), pool.defaultPool()))));
        userDirectory.usernameOfEmployee(row.ownerId()).ifPresent(username -> notifications.send(
                Notice.to(username, "customer-pool-reclaimed", "customer.pool.notice.reclaimed", "/customers/pool",
                        row.name(), texts.rule(forecast))));
        return true;
    }

    // ------------------------------------------------------------------ helpers


    private String nameOf(Long employeeId) {
        return employeeId == null ? null : org.employee(employeeId).map(EmployeeView::name).orElse(String.valueOf(employeeId));
    }
}
