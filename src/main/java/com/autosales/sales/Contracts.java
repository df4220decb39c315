package com.autosales.sales;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Contracts; every finder for users takes the reader's data scope (store and owner). */
interface Contracts extends JpaRepository<Contract, Long> {

    String IN_SCOPE = "(:allStores = true or c.storeId in :storeIds) and (:allOwners = true or c.ownerEmployeeId in :ownerIds)";

    @Query("select c from Contract c where c.id = :id and " + IN_SCOPE)
    Optional<Contract> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select c from Contract c where " + IN_SCOPE
            + " and (:status is null or c.status = :status) and (:leadId is null or c.leadId = :leadId)"
            + " and (:customer = '' or lower(c.buyerName) like lower(concat('%', :customer, '%'))"
            + " or lower(c.number) like lower(concat('%', :customer, '%')))"
            + " order by c.updatedAt desc, c.id desc")
    Page<Contract> list(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            ContractStatus status, Long leadId, String customer, Pageable page);

    @Query("select c from Contract c where c.quoteId in :quoteIds and c.status <> com.autosales.sales.ContractStatus.CANCELLED")
    java.util.List<Contract> liveForQuotes(Collection<Long> quoteIds);
}
