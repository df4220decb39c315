package com.autosales.customers;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CustomersNavigation {

    @Bean
    NavItem customersNav() {
        return new NavItem("nav.section.customers", 100, "nav.customers", "people", "/customers", "customers:view");
    }
}
