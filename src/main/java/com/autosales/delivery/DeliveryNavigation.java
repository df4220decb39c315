package com.autosales.delivery;

import com.autosales.shared.web.DashboardCard;
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

    /** Workbench card: deliveries in my scope still being prepared. */
    @Bean
    DashboardCard.Source deliveriesCard(DeliveryManagement deliveries) {
        return DashboardCard.Source.of("sales:view", () -> new DashboardCard(130, "delivery.card", "key",
                String.valueOf(deliveries.list(DeliveryStatus.PREPARING, null, 0).getTotalElements()), "/deliveries"));
    }
}
