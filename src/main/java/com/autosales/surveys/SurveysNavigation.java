package com.autosales.surveys;

import com.autosales.shared.web.DashboardCard;
import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SurveysNavigation {

    @Bean
    NavItem surveysNav() {
        return new NavItem("nav.section.customers", 150, "surveys.nav", "emoji-smile", "/surveys", "service:view");
    }

    /** Workbench card: satisfaction calls due today or overdue. */
    @Bean
    DashboardCard.Source dueSurveysCard(SurveyManagement surveys) {
        return DashboardCard.Source.of("service:view", () -> new DashboardCard(140, "surveys.card", "emoji-smile",
                String.valueOf(surveys.list(SurveyStatus.SCHEDULED, true, 0).getTotalElements()), "/surveys"));
    }
}
