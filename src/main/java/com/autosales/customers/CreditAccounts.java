package com.autosales.customers;

import com.autosales.shared.Money;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Credit accounts; the list counts take the caller's data scope like {@link Customers}. */
interface CreditAccounts extends JpaRepository<CreditAccount, Long> {

    String JOINED = " from Customer c, CreditAccount k where k.customerId = c.id and " + Customers.IN_SCOPE;

    /** Exposure is reported, not edited: no version bump, so it never collides with a manager's edit. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CreditAccount k set k.exposure = :exposure, k.exposureAt = :at where k.customerId = :customerId")
    int recordExposure(Long customerId, Money exposure, Instant at);

    @Query("select k.rating, count(k)" + JOINED + " and k.rating is not null group by k.rating")
    List<Object[]> countByRating(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds);

    @Query("select count(k)" + JOINED + " and k.creditLimit is not null and k.exposure > k.creditLimit")
    long countOverLimit(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds);
}
