package com.autosales.funnel;

import com.autosales.access.CurrentUsers;
import com.autosales.customers.CustomerManagement;
import com.autosales.shared.RecordNotFoundException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Names of customer cards the reader may see, asked of the customer archive with the reader's own scope; a card out
 * of that scope keeps its name to itself (the funnel row still counts).
 */
@Component
class CustomerNames {

    private final CustomerManagement customers;
    private final CurrentUsers currentUsers;

    CustomerNames(CustomerManagement customers, CurrentUsers currentUsers) {
        this.customers = customers;
        this.currentUsers = currentUsers;
    }

    Map<Long, String> visible(Collection<Long> customerIds) {
        Map<Long, String> names = new HashMap<>();
        boolean mayView = currentUsers.find().map(u -> u.can("customers:view")).orElse(false);
        if (!mayView) {
            return names;
        }
        customerIds.stream().filter(Objects::nonNull).distinct().forEach(id -> {
            try {
                names.put(id, customers.forResubmittedForm(id).name());
            } catch (RecordNotFoundException notVisible) {
                // out of the reader's scope: listed without a name
            }
        });
        return names;
    }
}
