package com.autosales.customers;

import java.util.Set;

/**
 * Implemented by modules that hold business with a customer that must not be interrupted (an open quote, a
 * contract, an unpaid balance): such customers are never returned to the public pool. Implementations live in the
 * owning module (sales, payments); the customer archive only asks.
 */
public interface OpenBusinessCheck {

    /** Of these customers, the ones with open business. */
    Set<Long> withOpenBusiness(Set<Long> customerIds);

    /** Message key naming the kind of business, e.g. "an open contract". */
    String labelKey();
}
