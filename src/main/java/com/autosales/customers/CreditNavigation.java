package com.autosales.customers;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The grade rules settings page, for those who set them (admin, general manager). */
@Configuration(proxyBeanMethods = false)
class CreditNavigation {

    @Bean
    NavItem customerGradeRulesNav() {
        return new NavItem("nav.section.customers", 190, "customer.credit.nav.rules", "sliders", "/customers/grade-rules",
                "customers:admin");
    }
}
