package com.autosales.notifications;

import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One person's notifications: list, count unread, open, mark read. Nobody reads another's inbox. */
@Service
@Transactional(readOnly = true)
class Inbox {

    static final int PAGE_SIZE = 20;

    private final NotificationRepository notifications;
    private final MessageSource messages;
    private final Clock clock;

    Inbox(NotificationRepository notifications, MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    Page<NotificationView> list(String recipient, boolean unreadOnly, int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        Page<Notification> found = unreadOnly
                ? notifications.findByRecipientAndReadAtIsNullOrderByCreatedAtDescIdDesc(recipient, request)
                : notifications.findByRecipientOrderByCreatedAtDescIdDesc(recipient, request);
        Locale locale = LocaleContextHolder.getLocale();
        return found.map(n -> view(n, locale));
    }

    long unreadCount(String recipient) {
        return notifications.countByRecipientAndReadAtIsNull(recipient);
    }

    /** Marks it read and returns it (with the record link to follow). */
    @Transactional
    NotificationView open(String recipient, Long id) {
        Notification n = notifications.findById(id)
                .filter(found -> found.recipient().equals(recipient))
                .orElseThrow(() -> new RecordNotFoundException("notification", id));
        n.markRead(clock.instant());
        return view(n, LocaleContextHolder.getLocale());
    }

    @Transactional
    int markAllRead(String recipient) {
        return notifications.markAllRead(recipient, clock.instant());
    }

    private NotificationView view(Notification n, Locale locale) {
        String text = messages.getMessage(n.messageCode(), n.args().toArray(), n.messageCode(), locale);
        return new NotificationView(n.id(), n.category(), text, n.link(), n.createdAt(), n.isRead());
    }
}
