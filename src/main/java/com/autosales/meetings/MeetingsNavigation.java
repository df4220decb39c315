package com.autosales.meetings;

import com.autosales.shared.web.DashboardCard;
import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MeetingsNavigation {

    @Bean
    NavItem meetingsNav() {
        return new NavItem("nav.section.reports", 310, "meetings.nav", "people", "/meetings", "reports:view");
    }

    @Bean
    NavItem myActionsNav() {
        return new NavItem("nav.section.reports", 311, "meetings.nav.actions", "list-check", "/meetings/actions",
                "reports:view");
    }

    /** Workbench card: my open action items (nothing for logins that are not an employee). */
    @Bean
    DashboardCard.Source myActionsCard(MeetingManagement meetings, MeetingRecords records) {
        return DashboardCard.Source.of("reports:view", () -> records.me() == MeetingRecords.NOBODY ? null
                : new DashboardCard(60, "meetings.card.actions", "list-check",
                        String.valueOf(meetings.countMyOpenActions()), "/meetings/actions"));
    }
}
