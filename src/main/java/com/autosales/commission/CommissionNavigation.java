package com.autosales.commission;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommissionNavigation {

    @Bean
    NavItem commissionStatementsNav() {
        return new NavItem("nav.section.performance", 230, "commission.nav.statements", "cash-coin",
                "/commission-statements", "targets:view");
    }

    @Bean
    NavItem commissionRulesNav() {
        return new NavItem("nav.section.performance", 232, "commission.nav.rules", "sliders", "/commission-rules",
                "targets:view");
    }
}
