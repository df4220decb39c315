package com.autosales.customers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Asks every {@link OpenBusinessCheck} (sales, payments…) which customers have business that must not be interrupted. */
@Component
class OpenBusiness {

    private final ObjectProvider<OpenBusinessCheck> checks;

    OpenBusiness(ObjectProvider<OpenBusinessCheck> checks) {
        this.checks = checks;
    }

    /** Of these customers, those with open business, each with the kinds of business (message keys). */
    Map<Long, List<String>> of(Set<Long> customerIds) {
        Map<Long, List<String>> found = new HashMap<>();
        if (customerIds.isEmpty()) {
            return found;
        }
        checks.orderedStream().forEach(check -> check.withOpenBusiness(customerIds)
                .forEach(id -> found.computeIfAbsent(id, k -> new ArrayList<>()).add(check.labelKey())));
        return found;
    }
}
