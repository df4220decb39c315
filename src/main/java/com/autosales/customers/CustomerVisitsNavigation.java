package com.autosales.customers;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu entries of the visit reports and the route plan. */
@Configuration(proxyBeanMethods = false)
class CustomerVisitsNavigation {

    @Bean
    NavItem customerVisitsNav() {
        return new NavItem("nav.section.customers", 110, "customer.visits.nav.reports", "journal-check", "/customers/visits",
                "customers:view");
    }

    @Bean
    NavItem customerRoutesNav() {
        return new NavItem("nav.section.customers", 120, "customer.visits.nav.routes", "signpost-split", "/customers/routes",
                "customers:view");
    }
}
