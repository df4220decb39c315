package com.autosales.customers;

import com.autosales.shared.web.DashboardCard;
import org.springframework.stereotype.Component;

/** Workbench card: how many customers I can see. */
@Component
class MyCustomersCard implements DashboardCard.Source {

    private final CustomerManagement customers;

    MyCustomersCard(CustomerManagement customers) {
        this.customers = customers;
    }

    @Override
    public String authority() {
        return "customers:view";
    }

    @Override
    public DashboardCard card() {
        return new DashboardCard(100, "home.card.customers", "people", String.valueOf(customers.countVisible()),
                "/customers");
    }
}
