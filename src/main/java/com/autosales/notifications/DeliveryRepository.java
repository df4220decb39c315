package com.autosales.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DeliveryRepository extends JpaRepository<NotificationDelivery, Long> {

    @Query("select d.id from NotificationDelivery d where d.status = 'PENDING' and d.nextAttemptAt <= :now order by d.id")
    List<Long> findDue(Instant now, Pageable limit);

    /** Claims a delivery for this node; 0 means another node got it first. */
    @Modifying
    @Query("update NotificationDelivery d set d.status = 'SENDING', d.nextAttemptAt = :now "
            + "where d.id = :id and d.status = 'PENDING'")
    int claim(Long id, Instant now);

    /** A node that died while sending leaves SENDING rows behind; after a while they are tried again. */
    @Modifying
    @Query("update NotificationDelivery d set d.status = 'PENDING' where d.status = 'SENDING' and d.nextAttemptAt < :before")
    int releaseAbandoned(Instant before);

    List<NotificationDelivery> findByNotificationId(Long notificationId);
}
