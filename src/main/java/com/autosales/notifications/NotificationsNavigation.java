package com.autosales.notifications;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationsNavigation {

    @Bean
    NavItem notificationsNav() {
        return new NavItem("nav.section.workbench", 20, "nav.notifications", "bell", "/notifications", null);
    }
}
