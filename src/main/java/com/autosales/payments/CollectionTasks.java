package com.autosales.payments;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CollectionTasks extends JpaRepository<CollectionTask, Long> {

    String IN_SCOPE = "(:allStores = true or t.storeId in :storeIds) and (:allOwners = true or t.ownerEmployeeId in :ownerIds)";

    Optional<CollectionTask> findByOpenContractId(Long contractId);

    List<CollectionTask> findByOpenContractIdIsNotNull();

    @Query("select t from CollectionTask t where t.id = :id and " + IN_SCOPE)
    Optional<CollectionTask> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select t from CollectionTask t where t.openContractId is not null and " + IN_SCOPE
            + " order by t.oldestDueOn, t.id")
    List<CollectionTask> open(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds);
}
