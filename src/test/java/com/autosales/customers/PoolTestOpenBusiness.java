package com.autosales.customers;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Stands in for sales/payments in tests: the customers a test marks have open business. */
@Component
class PoolTestOpenBusiness implements OpenBusinessCheck {

    private static final Set<Long> OPEN = ConcurrentHashMap.newKeySet();

    static void markOpen(Long customerId) {
        OPEN.add(customerId);
    }

    @Override
    public Set<Long> withOpenBusiness(Set<Long> customerIds) {
        Set<Long> found = new HashSet<>(customerIds);
        found.retainAll(OPEN);
        return found;
    }

    @Override
    public String labelKey() {
        return "customer.pool.open-business";
    }
}
