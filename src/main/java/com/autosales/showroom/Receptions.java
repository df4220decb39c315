package com.autosales.showroom;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Receptions; every finder takes the reader's data scope (store and consultant). */
interface Receptions extends JpaRepository<Reception, Long>, JpaSpecificationExecutor<Reception> {

    String IN_SCOPE = "(:allStores = true or r.storeId in :storeIds) "
            + "and (:allOwners = true or r.consultantEmployeeId in :ownerIds)";

    @Query("select r from Reception r where r.id = :id and " + IN_SCOPE)
    Optional<Reception> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select r from Reception r where " + IN_SCOPE + " and r.visitDay = :day order by r.timeIn, r.id")
    List<Reception> findOnDay(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            LocalDate day);

    @Modifying
    @Query("update Reception r set r.customerId = :survivorId where r.customerId = :mergedId")
    int repoint(Long mergedId, Long survivorId);
}
