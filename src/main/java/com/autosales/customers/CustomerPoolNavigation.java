package com.autosales.customers;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 公海 in the customers section of the menu. */
@Configuration(proxyBeanMethods = false)
class CustomerPoolNavigation {

    @Bean
    NavItem customerPoolNav() {
        return new NavItem("nav.section.customers", 110, "customer.pool.nav", "water", "/customers/pool", "customers:view");
    }
}
