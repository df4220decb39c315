package com.autosales.customers;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.ConcurrentChangeException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 档案过期标记 — a card neither updated nor contacted (visit, follow-up) for N days is stale; N is set per store
 * (default {@code autosales.customers.stale-after-days}, 90). Flags cards and list rows, and filters the list.
 */
@Service("customerStaleness")
@Transactional(readOnly = true)
public class CustomerStaleness {

    private final Customers customers;
    private final CustomerStoreSettings settings;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;
    private final int defaultDays;

    CustomerStaleness(Customers customers, CustomerStoreSettings settings,
            CurrentUsers currentUsers, AuditTrail audit, Clock clock,
            @Value("${autosales.customers.stale-after-days:90}") int defaultDays) {
        this.customers = customers;
        this.settings = settings;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
        this.defaultDays = defaultDays;
    }

    /** Days since a card was last updated or contacted, if that makes it stale; empty when it is current. */
    @PreAuthorize("hasAuthority('customers:view')")
    public Optional<Long> staleDaysOfCard(Long customerId) {
        RecordScope scope = currentUsers.scope();
        return customers.findVisible(customerId, scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery()).flatMap(c -> staleDaysOf(c, thresholds(List.of(c.storeId()))));
    }

    /** For list rows: customer id → days, for the stale ones among customers the reader was already shown. */
    @PreAuthorize("hasAuthority('customers:view')")
    public Map<Long, Long> staleDaysOfRows(Collection<CustomerSummary> shown) {
        if (shown == null || shown.isEmpty()) {
            return Map.of();
        }
        List<Customer> found = customers.findAllById(shown.stream().map(CustomerSummary::id).toList());
        Map<Long, Integer> thresholds = thresholds(found.stream().map(Customer::storeId).distinct().toList());
        Map<Long, Long> stale = new HashMap<>();
        for (Customer c : found) {
            staleDaysOf(c, thresholds).ifPresent(days -> stale.put(c.id(), days));
        }
        return stale;
    }





    /** The current store's threshold, for the settings form. */
    @PreAuthorize("hasAuthority('customers:approve')")
    public StaleSetting setting() {
        Long storeId = currentUsers.requireStore();
        CustomerStoreSetting setting = settings.findById(storeId).orElse(null);
        return new StaleSetting(setting == null ? defaultDays : setting.staleAfterDays(), CustomerStoreSetting.versionOf(setting));
    }

    public int defaultDays() {
        return defaultDays;
    }

    /** A manager sets the current store's threshold; a stale form is refused; audited on the store. */
    @Transactional
    @PreAuthorize("hasAuthority('customers:approve')")
    public void save(StaleSetting form) {
        Long storeId = currentUsers.requireStore();
        CustomerStoreSetting setting = settings.findById(storeId).orElse(null);
        if (CustomerStoreSetting.versionOf(setting) != form.version()) {
            throw new ConcurrentChangeException();
        }
        int before = setting == null ? defaultDays : setting.staleAfterDays();
        CustomerStoreSetting saved = setting == null ? new CustomerStoreSetting(storeId) : setting;
        saved.staleAfter(form.staleAfterDays(), clock.instant());
        try {
            settings.saveAndFlush(saved);
        } catch (DataIntegrityViolationException e) {
            throw new ConcurrentChangeException();
        }
        audit.record(AuditRecord.of("customer-settings", storeId, "STALE_DAYS", null,
                FieldChange.of("staleAfterDays", before, form.staleAfterDays())));
    }

    private Map<Long, Integer> thresholds(Collection<Long> storeIds) {
        Map<Long, Integer> own = settings.findByStoreIds(storeIds).stream()
                .collect(Collectors.toMap(CustomerStoreSetting::storeId, CustomerStoreSetting::staleAfterDays));
        return storeIds.stream().collect(Collectors.toMap(id -> id, id -> own.getOrDefault(id, defaultDays), (a, b) -> a));
    }

    private Optional<Long> staleDaysOf(Customer c, Map<Long, Integer> thresholds) {
        Instant latest = c.updatedAt();
        if (c.lastContactAt() != null && (latest == null || c.lastContactAt().isAfter(latest))) {
            latest = c.lastContactAt();
        }
        if (latest == null) {
            return Optional.empty();
        }
        int days = thresholds.getOrDefault(c.storeId(), defaultDays);
        Instant now = clock.instant();
        // the same test as the list filter's query: older than now minus N days
        if (!latest.isBefore(now.minus(Duration.ofDays(days)))) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(latest, now).toDays());
    }

}
