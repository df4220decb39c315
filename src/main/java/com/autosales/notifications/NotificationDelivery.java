package com.autosales.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Outbox row: one notification still to be (or already) sent through one external channel. */
@Entity
@Table(name = "notification_delivery")
class NotificationDelivery {

    static final int MAX_ATTEMPTS = 5;

    enum Status { PENDING, SENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long notificationId;

    private String channel;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private int attempts;

    private String lastError;

    private Instant createdAt;

    private Instant nextAttemptAt;

    private Instant deliveredAt;

    protected NotificationDelivery() {
    }

    NotificationDelivery(Long notificationId, String channel, Instant now) {
        this.notificationId = notificationId;
        this.channel = channel;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void delivered(Instant now) {
        status = Status.SENT;
        attempts++;
        deliveredAt = now;
        lastError = null;
    }

    /** Backs off 1, 2, 4, 8 minutes; gives up after {@link #MAX_ATTEMPTS}. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            status = Status.PENDING;
            nextAttemptAt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }

    Long id() {
        return id;
    }

    Long notificationId() {
        return notificationId;
    }

    String channel() {
        return channel;
    }

    Status status() {
        return status;
    }

    int attempts() {
        return attempts;
    }
}
