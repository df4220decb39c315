package com.autosales.reports;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportsNavigation {

    @Bean
    NavItem reportsNav() {
        return new NavItem("nav.section.reports", 300, "reports.nav", "bar-chart-line", "/reports", "reports:view");
    }
}
