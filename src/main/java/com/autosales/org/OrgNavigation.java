package com.autosales.org;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The organisation's menu: chart, staff, positions. */
@Configuration(proxyBeanMethods = false)
class OrgNavigation {

    static final String SECTION = "org.nav.section";

    @Bean
    NavItem orgChartNav() {
        return new NavItem(SECTION, 800, "org.nav.chart", "diagram-3", "/org/chart", "org:view");
    }

    @Bean
    NavItem orgEmployeesNav() {
        return new NavItem(SECTION, 810, "org.nav.employees", "person-badge", "/org/employees", "org:view");
    }

    @Bean
    NavItem orgPositionsNav() {
        return new NavItem(SECTION, 820, "org.nav.positions", "briefcase", "/org/positions", "org:view");
    }
}
