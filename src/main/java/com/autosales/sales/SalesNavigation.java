package com.autosales.sales;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SalesNavigation {

    @Bean
    NavItem quotesNav() {
        return new NavItem("nav.section.sales", 160, "sales.nav.quotes", "receipt", "/quotes", "sales:view");
    }

    @Bean
    NavItem newQuoteNav() {
        return new NavItem("nav.section.sales", 161, "sales.nav.new-quote", "plus-circle", "/quotes/new", "sales:create");
    }

    @Bean
    NavItem contractsNav() {
        return new NavItem("nav.section.sales", 163, "sales.nav.contracts", "file-earmark-text", "/contracts", "sales:view");
    }

    @Bean
    NavItem contractTemplateNav() {
        return new NavItem("nav.section.sales", 169, "sales.nav.contract-template", "journal-text", "/contracts/template", "sales:admin");
    }

    @Bean
    NavItem discountAuthorityNav() {
        return new NavItem("nav.section.sales", 162, "sales.nav.settings", "sliders", "/quotes/settings", "sales:admin");
    }
}
