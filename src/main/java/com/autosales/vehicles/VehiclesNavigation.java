package com.autosales.vehicles;

import com.autosales.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu entries of the stock list, the stock book, the receipt form, the factory orders and the catalogue. */
@Configuration(proxyBeanMethods = false)
class VehiclesNavigation {

    static final String SECTION = "nav.section.vehicles";

    @Bean
    NavItem stockNav() {
        return new NavItem(SECTION, 300, "vehicles.nav.stock", "car-front-fill", "/vehicles/stock", "vehicles:view");
    }

    @Bean
    NavItem stockBookNav() {
        return new NavItem(SECTION, 305, "vehicles.nav.stock-book", "journal-text", "/vehicles/stock-book", "vehicles:view");
    }

    @Bean
    NavItem receiveNav() {
        return new NavItem(SECTION, 310, "vehicles.nav.receive", "box-arrow-in-down", "/vehicles/stock/new", "vehicles:create");
    }

    @Bean
    NavItem factoryOrdersNav() {
        return new NavItem(SECTION, 315, "vehicles.nav.factory-orders", "clipboard-check", "/vehicles/factory-orders", "vehicles:view");
    }

    @Bean
    NavItem catalogueNav() {
        return new NavItem(SECTION, 320, "vehicles.nav.catalogue", "journal-richtext", "/vehicles/catalogue", "vehicles:view");
    }
}
