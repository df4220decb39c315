package com.autosales.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** 站内消息 — one notice in one person's inbox. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;

    private String category;

    private String messageCode;

    private String messageArgs;

    private String link;

    private String dedupKey;

    private Instant createdAt;

    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, Notice notice, Instant createdAt) {
        this.recipient = recipient;
        this.category = notice.category();
        this.messageCode = notice.messageKey();
        this.messageArgs = MessageArgs.join(notice.args());
        this.link = notice.link();
        this.dedupKey = notice.dedupKey();
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    Long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String category() {
        return category;
    }

    String messageCode() {
        return messageCode;
    }

    List<String> args() {
        return MessageArgs.split(messageArgs);
    }

    String link() {
        return link;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean isRead() {
        return readAt != null;
    }
}
