package com.autosales.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the inbox entry and, in the same transaction, one outbox row per configured channel. */
@Service
class NotificationService implements Notifications {

    private final NotificationRepository notifications;
    private final DeliveryRepository deliveries;
    private final List<NotificationChannel> channels;
    private final ChannelRouting routing;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, DeliveryRepository deliveries,
            List<NotificationChannel> channels, ChannelRouting routing, Clock clock) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.channels = channels;
        this.routing = routing;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void send(Notice notice) {
        Instant now = clock.instant();
        for (String recipient : notice.recipients()) {
            if (notice.dedupKey() != null && notifications.existsByRecipientAndDedupKey(recipient, notice.dedupKey())) {
                continue;
            }
            Notification saved = notifications.save(new Notification(recipient, notice, now));
            for (NotificationChannel channel : channels) {
                if (channel.isConfigured() && routing.wants(channel.name(), recipient, notice.category())) {
                    deliveries.save(new NotificationDelivery(saved.id(), channel.name(), now));
                }
            }
        }
    }
}
