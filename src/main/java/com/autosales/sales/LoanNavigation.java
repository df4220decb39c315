package com.autosales.sales;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LoanNavigation {

    @Bean
    NavItem loansNav() {
        return new NavItem("nav.section.sales", 165, "sales.loan.nav", "bank", "/loans", "sales:loans");
    }

    @Bean
    NavItem loanSettingsNav() {
        return new NavItem("nav.section.sales", 166, "sales.loan.nav.settings", "list-check", "/loans/settings", "sales:admin");
    }
}
