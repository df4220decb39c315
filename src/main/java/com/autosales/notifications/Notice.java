package com.autosales.notifications;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Something a module wants people to know. The text is a message key with arguments, so each
 * recipient reads it in their own language.
 *
 * @param recipients usernames
 * @param category   short module-defined kind, e.g. {@code follow-up-overdue}
 * @param messageKey key in the message bundles; its arguments follow
 * @param link       the record to open, a path inside the app, or {@code null}
 * @param dedupKey   the same key for the same recipient is sent only once (reminder jobs), or {@code null}
 */
public record Notice(Set<String> recipients, String category, String messageKey, List<String> args, String link,
        String dedupKey) {

    public Notice {
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(messageKey, "messageKey");
        recipients = Set.copyOf(recipients);
        args = args == null ? List.of() : List.copyOf(args);
        if (link != null && !link.startsWith("/")) {
            throw new IllegalArgumentException("link must be a path inside the app: " + link);
        }
    }

    public static Notice to(String recipient, String category, String messageKey, String link, String... args) {
        return new Notice(Set.of(recipient), category, messageKey, List.of(args), link, null);
    }

    public Notice onceFor(String key) {
        return new Notice(recipients, category, messageKey, args, link, key);
    }
}
