package com.autosales.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each row is claimed with a conditional update before sending, so
 * even two dispatchers at once (several nodes) send it once; failures are retried with back-off.
 */
@Component
class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final int BATCH = 50;

    private final DeliveryRepository deliveries;
    private final NotificationRepository notifications;
    private final Map<String, NotificationChannel> channels;
    private final RecipientDirectory directory;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String baseUrl;

    DeliveryDispatcher(DeliveryRepository deliveries, NotificationRepository notifications,
            List<NotificationChannel> channels, RecipientDirectory directory, MessageSource messages,
            TransactionTemplate tx, Clock clock, @Value("${autosales.base-url:http://localhost:8080}") String baseUrl) {
        this.deliveries = deliveries;
        this.notifications = notifications;
        this.channels = channels.stream().collect(Collectors.toMap(NotificationChannel::name, Function.identity()));
        this.directory = directory;
        this.messages = messages;
        this.tx = tx;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** @return how many deliveries succeeded in this run */
    int dispatchDue() {
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> deliveries.releaseAbandoned(now.minus(Duration.ofMinutes(10))));
        List<Long> due = tx.execute(s -> deliveries.findDue(now, PageRequest.of(0, BATCH)));
        int sent = 0;
        for (Long id : due) {
            if (Boolean.TRUE.equals(tx.execute(s -> deliveries.claim(id, clock.instant()) == 1)) && send(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Long deliveryId) {
        NotificationDelivery delivery = tx.execute(s -> deliveries.findById(deliveryId).orElseThrow());
        Notification notification = tx.execute(s -> notifications.findById(delivery.notificationId()).orElseThrow());
        NotificationChannel channel = channels.get(delivery.channel());
        String error = null;
        try {
            if (channel == null || !channel.isConfigured()) {
                throw new IllegalStateException("channel not configured: " + delivery.channel());
            }
            channel.deliver(render(notification));
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Notification {} via {} failed: {}", notification.id(), delivery.channel(), error);
        }
        String failure = error;
        tx.executeWithoutResult(s -> {
            NotificationDelivery fresh = deliveries.findById(deliveryId).orElseThrow();
            if (failure == null) {
                fresh.delivered(clock.instant());
            } else {
                fresh.failed(failure, clock.instant());
            }
        });
        return failure == null;
    }

    private OutboundMessage render(Notification n) {
        String text = messages.getMessage(n.messageCode(), n.args().toArray(), n.messageCode(), Locale.SIMPLIFIED_CHINESE);
        Optional<String> email = directory.emailOf(n.recipient());
        String link = n.link() == null ? null : baseUrl + n.link();
        return new OutboundMessage(n.recipient(), email.orElse(null), text, link);
    }
}
