package com.autosales.approvals;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApprovalsNavigation {

    @Bean
    NavItem approvalsNav() {
        return new NavItem("nav.section.workbench", 15, "approval.nav.inbox", "check2-square", "/approvals", null,
                "/approvals/badge");
    }
}
