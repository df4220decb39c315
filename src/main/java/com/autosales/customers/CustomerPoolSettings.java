package com.autosales.customers;

import com.autosales.access.CurrentUsers;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.DomainException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 公海规则 — a store's pools, limits and per-grade rules, set by its managers; audited. */
@Service
@Transactional(readOnly = true)
public class CustomerPoolSettings {

    private final PoolStore store;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerPoolSettings(PoolStore store, CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
        this.store = store;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('customers:approve')")
    public Long addPool(String name) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > 100) {
            throw new DomainException("customer.pool-name-required");
        }
        Long storeId = currentUsers.requireStore();
        Long id = store.addPool(storeId, n, clock.instant());
        audit.record(AuditRecord.of("customer-pool", id, "CREATE", n, FieldChange.of("name", null, n)));
        return id;
    }

    @PreAuthorize("hasAuthority('customers:approve')")
    public PoolSettingsView settings() {
        Long storeId = currentUsers.requireStore();
        PoolStore.Settings s = store.settings(storeId);
        return new PoolSettingsView(storeId, s.limits(), new ArrayList<>(store.rules(storeId).values()), s.version());
    }

    /** Saves my store's limits and rules; refuses numbers out of range and a version someone else saved since. */
    @Transactional
    @PreAuthorize("hasAuthority('customers:approve')")
    public void saveSettings(PoolLimits limits, List<PoolRule> rules, long expectedVersion) {
        Long storeId = currentUsers.requireStore();
        PoolRules.validate(limits);
        rules.forEach(PoolRules::validate);
        PoolStore.Settings before = store.settings(storeId);
        store.saveSettings(storeId, limits, rules, expectedVersion);
        audit.record(AuditRecord.of("customer-pool-settings", storeId, "UPDATE", null,
                FieldChange.of("maxOwned", before.limits().maxOwned(), limits.maxOwned()),
                FieldChange.of("maxClaimsPerDay", before.limits().maxClaimsPerDay(), limits.maxClaimsPerDay()),
                FieldChange.of("cooldownDays", before.limits().cooldownDays(), limits.cooldownDays())));
    }
}
