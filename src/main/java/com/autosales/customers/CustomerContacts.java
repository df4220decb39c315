package com.autosales.customers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerContacts extends JpaRepository<CustomerContact, Long> {

    List<CustomerContact> findByCustomerIdOrderById(Long customerId);
}
