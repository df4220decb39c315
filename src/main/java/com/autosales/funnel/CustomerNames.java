package com.autosales.funnel;

import com.autosales.access.CurrentUsers;
import com.autosales.customers.CustomerNameLookup;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Names of customer cards the reader may see, asked of the customer archive with the reader's own scope; a card out
 * of that scope keeps its name to itself (the funnel row still counts).
 */
@Component
class CustomerNames {

    private final CustomerNameLookup customers;
    private final CurrentUsers currentUsers;

    CustomerNames(CustomerNameLookup customers, CurrentUsers currentUsers) {
        this.customers = customers;
        this.currentUsers = currentUsers;
    }

    Map<Long, String> visible(Collection<Long> customerIds) {
        boolean mayView = currentUsers.find().map(u -> u.can("customers:view")).orElse(false);
        if (!mayView) {
            return Map.of();
        }
        return customers.visibleNames(customerIds);
    }
}
