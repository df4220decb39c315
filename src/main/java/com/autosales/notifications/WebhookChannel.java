package com.autosales.notifications;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** A group robot (WeCom 企业微信 / DingTalk 钉钉): posts {"msgtype":"text","text":{"content":...}}. */
@Component
class WebhookChannel implements NotificationChannel {

    static final String NAME = "webhook";

    private final ChannelRouting.NotificationProperties properties;
    private final RestClient http;

    WebhookChannel(ChannelRouting.NotificationProperties properties, RestClient.Builder builder) {
        this.properties = properties;
        this.http = builder.build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isConfigured() {
        String url = properties.webhook().url();
        return url != null && !url.isBlank();
    }

    @Override
    public void deliver(OutboundMessage message) {
        String content = "【AutoSales】@" + message.recipient() + " " + message.text()
                + (message.link() == null ? "" : " " + message.link());
        http.post().uri(properties.webhook().url())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("msgtype", "text", "text", Map.of("content", content)))
                .retrieve()
                .toBodilessEntity();
    }
}
