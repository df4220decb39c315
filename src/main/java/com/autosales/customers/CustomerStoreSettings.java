package com.autosales.customers;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Store settings, and the stale-card finders: a card is stale when neither updated nor contacted since
 * {@code now} minus its store's days (or the default); they take the reader's data scope like {@link Customers}.
 */
interface CustomerStoreSettings extends JpaRepository<CustomerStoreSetting, Long> {

    String STALE = " from Customer c left join CustomerStoreSetting s on s.storeId = c.storeId"
            + " left join CustomerProfile p on p.customerId = c.id where " + Customers.IN_SCOPE
            + " and c.updatedAt < :now - (coalesce(s.staleAfterDays, :defaultDays)) day"
            + " and (c.lastContactAt is null or c.lastContactAt < :now - (coalesce(s.staleAfterDays, :defaultDays)) day)";

    /** The list's search and classification filters, stale cards only. */
    @Query(value = "select c" + STALE
            + " and (lower(c.name) like :term or c.namePinyin like :compact or c.nameInitials like :compact"
            + " or c.phoneNormalized like :digits)"
            + " and (:tradeStage is null or p.tradeStage = :tradeStage) and (:nature is null or p.nature = :nature)"
            + " and (:volumeClass is null or p.volumeClass = :volumeClass) order by c.id desc",
            countQuery = "select count(c)" + STALE
            + " and (lower(c.name) like :term or c.namePinyin like :compact or c.nameInitials like :compact"
            + " or c.phoneNormalized like :digits)"
            + " and (:tradeStage is null or p.tradeStage = :tradeStage) and (:nature is null or p.nature = :nature)"
            + " and (:volumeClass is null or p.volumeClass = :volumeClass)")
    Page<Customer> searchStale(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            Instant now, int defaultDays, String term, String compact, String digits, TradeStage tradeStage,
            CustomerNature nature, VolumeClass volumeClass, Pageable page);

    @Query("select count(c)" + STALE)
    long countStale(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            Instant now, int defaultDays);

    @Query("select s from CustomerStoreSetting s where s.storeId in :storeIds")
    List<CustomerStoreSetting> findByStoreIds(Collection<Long> storeIds);
}
