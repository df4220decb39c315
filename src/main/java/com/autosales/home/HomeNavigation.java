package com.autosales.home;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HomeNavigation {

    @Bean
    NavItem homeNav() {
        return new NavItem("nav.section.workbench", 10, "nav.home", "house", "/", null);
    }
}
