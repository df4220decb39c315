package com.autosales.surveys;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SurveysNavigation {

    @Bean
    NavItem surveysNav() {
        return new NavItem("nav.section.customers", 150, "surveys.nav", "emoji-smile", "/surveys", "service:view");
    }
}
