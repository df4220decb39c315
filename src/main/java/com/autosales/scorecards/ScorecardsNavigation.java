package com.autosales.scorecards;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ScorecardsNavigation {

    @Bean
    NavItem scorecardsNav() {
        return new NavItem("nav.section.performance", 230, "scorecards.nav", "clipboard-check", "/scorecards", "targets:view");
    }

    @Bean
    NavItem rankingsNav() {
        return new NavItem("nav.section.performance", 240, "rankings.nav", "trophy", "/rankings", "targets:view");
    }

    @Bean
    NavItem contestsNav() {
        return new NavItem("nav.section.performance", 250, "rankings.contests", "flag", "/rankings/contests", "targets:view");
    }
}
