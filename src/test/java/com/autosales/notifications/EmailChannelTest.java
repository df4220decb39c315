package com.autosales.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class EmailChannelTest {

    private final ChannelRouting.NotificationProperties properties = new ChannelRouting.NotificationProperties(
            new ChannelRouting.NotificationProperties.Webhook(null, List.of()), "sales@dealer.example");

    private EmailChannel channelWith(JavaMailSender sender) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (sender != null) {
            beans.registerSingleton("mailSender", sender);
        }
        return new EmailChannel(beans.getBeanProvider(JavaMailSender.class), properties);
    }

    @Test
    void withoutAnSmtpServerTheChannelSaysItIsNotConfigured() {
        assertThat(channelWith(null).isConfigured()).isFalse();
    }

    @Test
    void sendsTheTextAndTheLinkToTheRecipientsAddress() {
        JavaMailSender sender = mock(JavaMailSender.class);
        channelWith(sender).deliver(new OutboundMessage("consultant1", "zhangwei@dealer.example",
                "客户 王芳 的回访已逾期 2 天", "http://autosales.example/customers/1"));
        ArgumentCaptor<SimpleMailMessage> mail = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(mail.capture());
        assertThat(mail.getValue().getTo()).containsExactly("zhangwei@dealer.example");
        assertThat(mail.getValue().getFrom()).isEqualTo("sales@dealer.example");
        assertThat(mail.getValue().getSubject()).contains("客户 王芳 的回访已逾期");
        assertThat(mail.getValue().getText()).contains("http://autosales.example/customers/1");
    }
}
