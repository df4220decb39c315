package com.autosales.customers;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SaleLines extends JpaRepository<SaleLine, Long> {

    /** Revenue and margin of one customer's sales from {@code from} to {@code to}, both included. */
    @Query(nativeQuery = true, value = "select coalesce(sum(revenue), 0), coalesce(sum(margin), 0) from customer_sale_line"
            + " where customer_id = :customerId and sold_on >= :from and sold_on <= :to")
    List<Object[]> totals(Long customerId, LocalDate from, LocalDate to);
}
