package com.autosales.testdrives;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu entries of the test-drive calendar and the demo fleet. */
@Configuration(proxyBeanMethods = false)
class TestDrivesNavigation {

    @Bean
    NavItem testDrivesNav() {
        return new NavItem("nav.section.showroom", 200, "testdrives.nav.calendar", "calendar-week", "/test-drives",
                "leads:view");
    }

    @Bean
    NavItem testDriveFleetNav() {
        return new NavItem("nav.section.showroom", 210, "testdrives.nav.fleet", "car-front", "/test-drives/fleet",
                "leads:approve");
    }
}
