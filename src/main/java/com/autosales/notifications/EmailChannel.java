package com.autosales.notifications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail through SMTP, when {@code spring.mail.host} is configured. */
@Component
class EmailChannel implements NotificationChannel {

    static final String NAME = "email";

    private final ObjectProvider<JavaMailSender> mailSender;
    private final ChannelRouting.NotificationProperties properties;

    EmailChannel(ObjectProvider<JavaMailSender> mailSender, ChannelRouting.NotificationProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    @Override
    public void deliver(OutboundMessage message) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.mailFrom());
        mail.setTo(message.email());
        mail.setSubject("AutoSales: " + firstLine(message.text()));
        mail.setText(message.text() + (message.link() == null ? "" : "\n\n" + message.link()));
        mailSender.getObject().send(mail);
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
