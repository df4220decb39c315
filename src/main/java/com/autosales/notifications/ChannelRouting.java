package com.autosales.notifications;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Which notices leave the app through which channel. */
@Component
class ChannelRouting {

    private final RecipientDirectory directory;
    private final NotificationProperties properties;

    ChannelRouting(RecipientDirectory directory, NotificationProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    boolean wants(String channel, String recipient, String category) {
        return switch (channel) {
            case EmailChannel.NAME -> directory.emailOf(recipient).isPresent();
            case WebhookChannel.NAME -> properties.webhook().categories().isEmpty()
                    || properties.webhook().categories().contains(category);
            default -> true;
        };
    }

    @ConfigurationProperties("autosales.notifications")
    record NotificationProperties(Webhook webhook, String mailFrom) {

        NotificationProperties {
            webhook = webhook == null ? new Webhook(null, List.of()) : webhook;
            mailFrom = mailFrom == null ? "autosales@localhost" : mailFrom;
        }

        /** A WeCom / DingTalk style group robot: JSON {"msgtype":"text",...} posted to {@code url}. */
        record Webhook(String url, List<String> categories) {

            Webhook {
                categories = categories == null ? List.of() : categories;
            }
        }
    }
}
