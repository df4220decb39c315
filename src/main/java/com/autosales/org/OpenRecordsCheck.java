package com.autosales.org;

import java.util.Set;

/**
 * Implemented by modules that keep records owned by employees (customers, leads, contracts…), so
 * the organisation can refuse to close a unit while such records still hang on its people.
 * Implementations live in the owning module; org only calls them.
 */
public interface OpenRecordsCheck {

    /** How many open records these employees own. */
    long openRecordsOwnedBy(Set<Long> employeeIds);

    /** Message key naming the records with their count as {0}, e.g. {0} customers. */
    String labelKey();
}
