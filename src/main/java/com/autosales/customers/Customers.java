package com.autosales.customers;

import java.util.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Every finder takes the caller's data scope, so no path can read outside it. */
interface Customers extends JpaRepository<Customer, Long> {

    String IN_SCOPE = "(:allStores = true or c.storeId in :storeIds) "
            + "and (:allOwners = true or c.ownerEmployeeId in :ownerIds)"
            + " and c.mergedIntoId is null"; // customers: contacts — merged cards are gone from lists, counts, cards

    /** Duplicate check: whoever owns them, the user must learn the number is already registered. */
    List<Customer> findByStoreIdAndPhoneNormalized(Long storeId, String phoneNormalized);

    // customers: contacts
    /** Duplicate check over every phone of active cards of a store: primary, extra and contacts' phones. */
    @Query("select c from Customer c where c.storeId = :storeId and c.mergedIntoId is null and (c.phoneNormalized = :phone"
            + " or exists (select 1 from CustomerPhone p where p.customerId = c.id and p.phoneNormalized = :phone)"
            + " or exists (select 1 from CustomerContact k where k.customerId = c.id"
            + " and (k.mobileNormalized = :phone or k.officeNormalized = :phone)))")
    List<Customer> findByStoreIdAndAnyPhone(Long storeId, String phone);

    /** Active cards of a store whose name's pinyin starts with this (candidates for a similar name). */
    @Query("select c from Customer c where c.storeId = :storeId and c.mergedIntoId is null and c.namePinyin like :pinyinPrefix")
    List<Customer> findByStoreIdAndPinyinPrefix(Long storeId, String pinyinPrefix, Pageable page);

    @Query("select c.id from Customer c where c.mergedIntoId = :survivorId")
    List<Long> findIdsMergedInto(Long survivorId);

    /** A merged card within the caller's data scope (ignoring that it is merged), to send the reader on. */
    @Query("select c from Customer c where c.id = :id and c.mergedIntoId is not null"
            + " and (:allStores = true or c.storeId in :storeIds) and (:allOwners = true or c.ownerEmployeeId in :ownerIds)")
    Optional<Customer> findMergedVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select c from Customer c where c.namePinyin is null")
    List<Customer> findWithoutSearchIndex(Pageable page);

    @Query("select c from Customer c where c.id = :id and " + IN_SCOPE)
    Optional<Customer> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select c.id, c.name from Customer c where c.id in :ids and " + IN_SCOPE)
    List<Object[]> visibleNames(Collection<Long> ids, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    List<Customer> findByOwnerEmployeeId(Long ownerEmployeeId);

    @Query("select count(c) from Customer c where c.ownerEmployeeId in :ownerEmployeeIds and c.mergedIntoId is null") // customers: contacts
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
