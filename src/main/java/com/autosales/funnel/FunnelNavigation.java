package com.autosales.funnel;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FunnelNavigation {

    /** Consultants see their own funnel, managers the one of their scope. */
    @Bean
    NavItem funnelNav() {
        return new NavItem("nav.section.showroom", 156, "funnel.nav", "funnel", "/funnel", "leads:view");
    }
}
