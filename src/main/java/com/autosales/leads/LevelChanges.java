package com.autosales.leads;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LevelChanges extends JpaRepository<LevelChange, Long> {

    @Query("select c from LevelChange c where (:allStores = true or c.storeId in :storeIds)"
            + " and (:allOwners = true or c.ownerEmployeeId in :ownerIds) order by c.changedAt desc, c.id desc")
    List<LevelChange> latest(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            Pageable page);
}
