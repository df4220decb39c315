package com.autosales.sales;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Quote versions; every finder for users takes the reader's data scope (store and owner). */
interface Quotes extends JpaRepository<Quote, Long> {

    String IN_SCOPE = "(:allStores = true or q.storeId in :storeIds) and (:allOwners = true or q.ownerEmployeeId in :ownerIds)";

    @Query("select q from Quote q where q.id = :id and " + IN_SCOPE)
    Optional<Quote> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select q from Quote q where q.current = true and " + IN_SCOPE
            + " and (:status is null or q.status = :status) and (:leadId is null or q.leadId = :leadId)"
            + " and (:customer = '' or lower(q.customerName) like lower(concat('%', :customer, '%')))"
            + " order by q.updatedAt desc, q.id desc")
    Page<Quote> list(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            QuoteStatus status, Long leadId, String customer, Pageable page);

    @Query("select q from Quote q where (q.rootId = :rootId or q.id = :rootId) order by q.versionNo desc")
    List<Quote> versionsOf(Long rootId);
}
