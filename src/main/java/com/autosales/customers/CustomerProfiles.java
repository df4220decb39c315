package com.autosales.customers;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 客户档案卡 — the four parts of the card and the classifications, read and edited section by section within the
 * caller's data scope; every saved section is audited field by field.
 */
@Service
@Transactional(readOnly = true)
public class CustomerProfiles {

    static final String AUDIT_ACTION = "UPDATE_PROFILE";

    private final Customers customers;
    private final CustomerProfileRepository profiles;
    private final CustomerManagement management;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerProfiles(Customers customers, CustomerProfileRepository profiles, CustomerManagement management,
            CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
        this.customers = customers;
        this.profiles = profiles;
        this.management = management;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('customers:view')")
    public ProfileCard card(Long customerId) {
        requireVisible(customerId);
        return profiles.findById(customerId).map(CustomerProfile::card).orElseGet(ProfileCard::blank);
    }

    /** Saves one section if the card is unchanged since the form was opened ({@code expectedVersion}). */
    @Transactional
    @PreAuthorize("hasAuthority('customers:edit')")
    public void save(Long customerId, long expectedVersion, ProfileSection section) {
        requireVisible(customerId);
        CustomerProfile profile = profiles.findById(customerId).orElse(null);
        if (CustomerProfile.versionOf(profile) != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        try {
            apply(customerId, profile, section);
        } catch (DataIntegrityViolationException e) {
            // someone else saved this card's first section at the same moment
            throw new ConcurrentChangeException();
        }
    }

    /** Fills sections of a card without a signed-in user (demo data, imports); still audited. */
    @Transactional
    public void recordFor(Long customerId, ProfileSection... sections) {
        for (ProfileSection section : sections) {
            apply(customerId, profiles.findById(customerId).orElse(null), section);
        }
    }

    private void apply(Long customerId, CustomerProfile existing, ProfileSection section) {
        CustomerProfile profile = existing == null ? new CustomerProfile(customerId) : existing;
        List<FieldChange> changes = profile.update(section, clock.instant());
        if (changes.isEmpty()) {
            return;
        }
        profiles.saveAndFlush(profile);
        audit.record(new AuditRecord("customer", String.valueOf(customerId), AUDIT_ACTION, null, changes));
    }


    private void requireVisible(Long customerId) {
        RecordScope scope = currentUsers.scope();
        customers.findVisible(customerId, scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery()).orElseThrow(() -> new RecordNotFoundException("customer", customerId));
    }
}
