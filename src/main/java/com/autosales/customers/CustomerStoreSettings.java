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

    @Query("select s from CustomerStoreSetting s where s.storeId in :storeIds")
    List<CustomerStoreSetting> findByStoreIds(Collection<Long> storeIds);
}
