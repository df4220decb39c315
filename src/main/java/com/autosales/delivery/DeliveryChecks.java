package com.autosales.delivery;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliveryChecks extends JpaRepository<DeliveryCheck, Long> {

    List<DeliveryCheck> findByDeliveryId(Long deliveryId);

    Optional<DeliveryCheck> findByDeliveryIdAndItemId(Long deliveryId, Long itemId);

    /** Ticked items per delivery (for the progress on the list). */
    @Query("select c.deliveryId, count(c) from DeliveryCheck c where c.deliveryId in :ids group by c.deliveryId")
    List<Object[]> countsOf(java.util.Collection<Long> ids);
}
