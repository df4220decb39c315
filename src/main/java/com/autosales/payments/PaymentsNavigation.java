package com.autosales.payments;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PaymentsNavigation {

    @Bean
    NavItem paymentsNav() {
        return new NavItem("nav.section.sales", 170, "payments.nav.ledger", "cash-coin", "/payments", "payments:view");
    }

    @Bean
    NavItem receivablesNav() {
        return new NavItem("nav.section.sales", 171, "payments.nav.receivables", "hourglass-split", "/receivables", "payments:view");
    }

    @Bean
    NavItem collectionNav() {
        return new NavItem("nav.section.sales", 172, "payments.nav.collection", "telephone-outbound", "/receivables/collection",
                "payments:view");
    }

    @Bean
    NavItem arrearsNav() {
        return new NavItem("nav.section.sales", 173, "payments.nav.arrears", "pie-chart", "/receivables/arrears",
                "payments:view");
    }
}
