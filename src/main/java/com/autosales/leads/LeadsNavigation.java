package com.autosales.leads;

import com.autosales.shared.web.DashboardCard;
import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LeadsNavigation {

    @Bean
    NavItem followUpsNav() {
        return new NavItem("nav.section.showroom", 150, "leads.nav.follow-ups", "telephone", "/follow-ups", "leads:view");
    }

    @Bean
    NavItem leadsNav() {
        return new NavItem("nav.section.showroom", 151, "leads.nav.leads", "bullseye", "/leads", "leads:view");
    }

    @Bean
    NavItem leadsManagerNav() {
        return new NavItem("nav.section.showroom", 152, "leads.nav.manager", "clipboard-data", "/leads/manager", "leads:approve");
    }

    @Bean
    NavItem leadsSettingsNav() {
        return new NavItem("nav.section.showroom", 153, "leads.nav.settings", "sliders", "/leads/settings", "leads:approve");
    }

    /** Workbench card: my follow-ups due today or overdue. */
    @Bean
    DashboardCard.Source myFollowUpsCard(LeadFollowUps followUps) {
        return DashboardCard.Source.of("leads:view", () -> new DashboardCard(110, "leads.card.follow-ups", "telephone",
                String.valueOf(followUps.myDueCount()), "/follow-ups"));
    }

    /** Workbench card: leads in my scope waiting for their first contact (mine, or my team's for a manager). */
    @Bean
    DashboardCard.Source firstContactsCard(FirstContactReport report) {
        return DashboardCard.Source.of("leads:view", () -> new DashboardCard(111, "leads.card.first-contacts", "stopwatch",
                String.valueOf(report.waitingCount()), "/leads?waiting=true"));
    }
}
