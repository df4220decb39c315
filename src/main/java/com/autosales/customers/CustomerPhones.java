package com.autosales.customers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerPhones extends JpaRepository<CustomerPhone, Long> {

    List<CustomerPhone> findByCustomerIdOrderById(Long customerId);
}
