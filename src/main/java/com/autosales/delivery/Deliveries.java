package com.autosales.delivery;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Deliveries; finders for readers take their data scope (store and owner), in the query. */
interface Deliveries extends JpaRepository<Delivery, Long> {

    String IN_SCOPE = "(:allStores = true or d.storeId in :storeIds) and (:allOwners = true or d.ownerEmployeeId in :ownerIds)";

    Optional<Delivery> findByContractId(Long contractId);

    @Query("select d from Delivery d where d.id = :id and " + IN_SCOPE)
    Optional<Delivery> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select d from Delivery d where d.contractId = :contractId and " + IN_SCOPE)
    Optional<Delivery> findVisibleByContract(Long contractId, boolean allStores, Collection<Long> storeIds,
            boolean allOwners, Collection<Long> ownerIds);

    @Query("select d from Delivery d where " + IN_SCOPE + " and (:status is null or d.status = :status)"
            + " and (:customer = '' or lower(d.customerName) like :customer or lower(d.contractNumber) like :customer)"
            + " order by case when d.appointmentAt is null then 1 else 0 end, d.appointmentAt, d.id desc")
    Page<Delivery> list(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            DeliveryStatus status, String customer, Pageable page);
}
