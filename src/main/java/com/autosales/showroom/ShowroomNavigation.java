package com.autosales.showroom;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu entries: today's showroom board and the reception list. */
@Configuration(proxyBeanMethods = false)
class ShowroomNavigation {

    @Bean
    NavItem showroomBoardNav() {
        return new NavItem("nav.section.showroom", 130, "showroom.nav.board", "shop", "/showroom", "leads:view");
    }

    @Bean
    NavItem showroomReceptionsNav() {
        return new NavItem("nav.section.showroom", 135, "showroom.nav.receptions", "journal-text", "/showroom/receptions",
                "leads:view");
    }
}
