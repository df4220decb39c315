package com.autosales.audit;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavItem auditNav() {
        return new NavItem("nav.section.admin", 920, "nav.audit", "journal-text", "/admin/audit", "audit:view");
    }
}
