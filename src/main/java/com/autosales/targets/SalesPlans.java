package com.autosales.targets;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Plans; readers' finders take the stores of their data scope. */
interface SalesPlans extends JpaRepository<SalesPlan, Long> {

    String IN_SCOPE = "(:allStores = true or p.storeId in :storeIds)";

    @Query("select p from SalesPlan p where p.id = :id and " + IN_SCOPE)
    Optional<SalesPlan> findVisible(Long id, boolean allStores, Collection<Long> storeIds);

    @Query("select p from SalesPlan p where " + IN_SCOPE + " and (:year is null or p.planYear = :year)"
            + " order by p.planYear desc, p.storeId, p.versionNo desc")
    Page<SalesPlan> list(boolean allStores, Collection<Long> storeIds, Integer year, Pageable page);

    List<SalesPlan> findByStoreIdAndPlanYearOrderByVersionNoDesc(Long storeId, int planYear);
}
