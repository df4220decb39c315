package com.autosales.customers;

import com.autosales.shared.Money;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales tells the archive what a customer bought (date, revenue, gross margin). The lines feed the customer's
 * grade: the store's rules on the last 12 months decide it, unless a manager overrode it.
 */
@Service
public class CustomerTrade {

    private final CustomerGrading grading;

    CustomerTrade(CustomerGrading grading) {
        this.grading = grading;
    }

    @Transactional
    public void recordSale(Long customerId, LocalDate date, Money revenue, Money margin) {
        grading.recordSale(customerId, date, revenue, margin);
    }
}
