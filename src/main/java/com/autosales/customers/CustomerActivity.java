package com.autosales.customers;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Other modules tell the archive that someone was in touch with a customer (visit, follow-up, call) or that the
 * customer bought (contract signed). Only moves the dates forward, never back, and does not count as an edit of
 * the card (no version bump), so it cannot collide with someone editing the card at the same time.
 */
@Service
public class CustomerActivity {

    private final Customers customers;

    CustomerActivity(Customers customers) {
        this.customers = customers;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void contacted(Long customerId, Instant at) {
        customers.recordContact(customerId, at);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void dealt(Long customerId, Instant at) {
        customers.recordDeal(customerId, at);
    }
}
