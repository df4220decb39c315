package com.autosales.delivery;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryNavigation {

    @Bean
    NavItem deliveriesNav() {
        return new NavItem("nav.section.sales", 164, "delivery.nav", "key", "/deliveries", "sales:view");
    }

    @Bean
    NavItem deliverySettingsNav() {
        return new NavItem("nav.section.sales", 168, "delivery.nav.settings", "ui-checks", "/deliveries/settings", "sales:admin");
    }
}
