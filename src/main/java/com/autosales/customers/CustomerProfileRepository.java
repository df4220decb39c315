package com.autosales.customers;

import org.springframework.data.jpa.repository.JpaRepository;

/** Card profiles, one per customer; lists go through {@link CustomerListQuery}. */
interface CustomerProfileRepository extends JpaRepository<CustomerProfile, Long> {
}
