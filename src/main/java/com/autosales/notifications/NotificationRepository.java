package com.autosales.notifications;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Page<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

    Page<Notification> findByRecipientAndReadAtIsNullOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

    long countByRecipientAndReadAtIsNull(String recipient);

    boolean existsByRecipientAndDedupKey(String recipient, String dedupKey);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, Instant now);
}
