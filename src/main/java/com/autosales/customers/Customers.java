package com.autosales.customers;

import java.util.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Every finder takes the caller's data scope, so no path can read outside it. */
interface Customers extends JpaRepository<Customer, Long> {

    String IN_SCOPE = "(:allStores = true or c.storeId in :storeIds) "
            + "and (:allOwners = true or c.ownerEmployeeId in :ownerIds)";

    /** By name, pinyin (zhangsan), initials (zs) or any part of the phone's digits. */
    @Query("select c from Customer c where " + IN_SCOPE
            + " and (lower(c.name) like :term or c.namePinyin like :compact or c.nameInitials like :compact"
            + " or c.phoneNormalized like :digits) order by c.id desc")
    Page<Customer> search(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            String term, String compact, String digits, Pageable page);

    /** Duplicate check: whoever owns them, the user must learn the number is already registered. */
    List<Customer> findByStoreIdAndPhoneNormalized(Long storeId, String phoneNormalized);

    // customers: import — the duplicate check of a whole batch of rows in one query
    List<Customer> findByStoreIdAndPhoneNormalizedIn(Long storeId, Collection<String> phoneNormalized);

    @Query("select c from Customer c where c.namePinyin is null")
    List<Customer> findWithoutSearchIndex(Pageable page);

    @Query("select c from Customer c where c.id = :id and " + IN_SCOPE)
    Optional<Customer> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    List<Customer> findByOwnerEmployeeId(Long ownerEmployeeId);

    long countByOwnerEmployeeIdIn(Collection<Long> ownerEmployeeIds);

    @Query("select count(c) from Customer c where " + IN_SCOPE)
    long countVisible(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds);

    @Modifying
    @Query("update Customer c set c.lastContactAt = :at where c.id = :id and (c.lastContactAt is null or c.lastContactAt < :at)")
    int recordContact(Long id, Instant at);

    @Modifying
    @Query("update Customer c set c.lastDealAt = :at where c.id = :id and (c.lastDealAt is null or c.lastDealAt < :at)")
    int recordDeal(Long id, Instant at);
}
