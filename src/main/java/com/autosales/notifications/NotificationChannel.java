package com.autosales.notifications;

/**
 * A way out of the app (e-mail, group robot, ...). Channels that are not configured say so and are
 * skipped. A delivery that throws is retried later by the outbox.
 */
public interface NotificationChannel {

    String name();

    boolean isConfigured();

    void deliver(OutboundMessage message) throws Exception;
}
