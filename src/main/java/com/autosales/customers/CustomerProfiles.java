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
    private final CustomerStaleness staleness; // customers: visits (stale)

    CustomerProfiles(Customers customers, CustomerProfileRepository profiles, CustomerManagement management,
            CurrentUsers currentUsers, AuditTrail audit, Clock clock, CustomerStaleness staleness) {
        this.staleness = staleness;
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

    /** The customer list narrowed by classifications, with the same search, scope and phone masking. */
    @PreAuthorize("hasAuthority('customers:view')")
    public Page<CustomerSummary> search(String text, ProfileFilter filter, int page) {
        if (filter.stale()) { // customers: visits (stale)
            return staleness.search(text, filter, page);
        }
        RecordScope scope = currentUsers.scope();
        SearchTerms terms = SearchTerms.of(text);
        Page<Customer> found = profiles.search(scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery(), terms.name(), terms.pinyin(), terms.digits(), filter.tradeStage(),
                filter.nature(), filter.volumeClass(), PageRequest.of(Math.max(page, 0), CustomerManagement.PAGE_SIZE));
        return management.summaries(found);
    }

    /**
     * Every customer the filtered list shows (same scope, search, classifications and masking), batch by
     * batch, for the export.
     */
    @PreAuthorize("hasAuthority('customers:export')")
    public void forEachMatch(String text, ProfileFilter filter, int batchSize, Consumer<List<CustomerSummary>> batch) {
        if (filter.stale()) { // customers: visits (stale)
            staleness.forEachMatch(text, filter, batchSize, batch);
            return;
        }
        RecordScope scope = currentUsers.scope();
        SearchTerms terms = SearchTerms.of(text);
        Page<Customer> found;
        int page = 0;
        do {
            found = profiles.search(scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                    scope.ownerIdsForQuery(), terms.name(), terms.pinyin(), terms.digits(), filter.tradeStage(),
                    filter.nature(), filter.volumeClass(), PageRequest.of(page++, batchSize));
            batch.accept(management.summaries(found).getContent());
        } while (found.hasNext());
    }

    /** Customers per classification value, within the reader's data scope. */
    @PreAuthorize("hasAuthority('customers:view')")
    public ProfileCounts counts() {
        RecordScope scope = currentUsers.scope();
        boolean allStores = scope.allStores();
        boolean allOwners = scope.allOwners();
        var stores = scope.storeIdsForQuery();
        var owners = scope.ownerIdsForQuery();
        return new ProfileCounts(
                tally(TradeStage.class, profiles.countByTradeStage(allStores, stores, allOwners, owners)),
                tally(CustomerNature.class, profiles.countByNature(allStores, stores, allOwners, owners)),
                tally(VolumeClass.class, profiles.countByVolumeClass(allStores, stores, allOwners, owners)),
                staleness.count()); // customers: visits (stale)
    }

    private static <E extends Enum<E>> Map<E, Long> tally(Class<E> type, List<Object[]> rows) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        for (Object[] row : rows) {
            counts.put(type.cast(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private void requireVisible(Long customerId) {
        RecordScope scope = currentUsers.scope();
        customers.findVisible(customerId, scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery()).orElseThrow(() -> new RecordNotFoundException("customer", customerId));
    }
}
