package com.autosales.customers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerAddresses extends JpaRepository<CustomerAddress, Long> {

    List<CustomerAddress> findByCustomerIdOrderById(Long customerId);
}
