package com.autosales.vehicles;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Factory orders; finders for readers take their stores. */
interface FactoryOrders extends JpaRepository<FactoryOrder, Long> {

    String IN_SCOPE = "(:allStores = true or o.storeId in :storeIds)";

    @Query("select o from FactoryOrder o where o.id = :id and " + IN_SCOPE)
    Optional<FactoryOrder> findVisible(Long id, boolean allStores, Collection<Long> storeIds);

    @Query("select o from FactoryOrder o where " + IN_SCOPE + " and (:status is null or o.status = :status)"
            + " order by o.orderMonth desc, o.id desc")
    Page<FactoryOrder> findVisible(boolean allStores, Collection<Long> storeIds, FactoryOrderStatus status, Pageable pageable);

    Optional<FactoryOrder> findByStoreIdAndOrderMonth(Long storeId, LocalDate orderMonth);
}
