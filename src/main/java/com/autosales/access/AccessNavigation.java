package com.autosales.access;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccessNavigation {

    @Bean
    NavItem usersNav() {
        return new NavItem("nav.section.admin", 890, "access.nav.users", "person-badge", "/admin/users", "access:view");
    }

    @Bean
    NavItem rolesNav() {
        return new NavItem("nav.section.admin", 900, "access.nav.roles", "shield-lock", "/admin/roles", "access:view");
    }

    @Bean
    NavItem accessLogNav() {
        return new NavItem("nav.section.admin", 930, "access.nav.access-log", "eye", "/admin/access-log", "access:view");
    }
}
