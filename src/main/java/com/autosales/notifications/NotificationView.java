package com.autosales.notifications;

import java.time.Instant;

/** A notification as its recipient sees it, text already in their language. */
public record NotificationView(Long id, String category, String text, String link, Instant createdAt, boolean read) {
}
