package com.autosales.customers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerIdentities extends JpaRepository<CustomerIdentity, Long> {

    /** Active cards of a store with this ID card number or credit code, whoever owns them. */
    @Query("select c from Customer c, CustomerIdentity i where i.customerId = c.id and c.storeId = :storeId"
            + " and c.mergedIntoId is null and (i.idNumber = :number or i.registrationNo = :number)")
    List<Customer> findCardsWith(Long storeId, String number);
}
