package com.autosales.customers;

import com.autosales.org.OpenRecordsCheck;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the organisation how many customers its people still own, so a unit is not closed under them. */
@Component
class CustomerOwnershipCheck implements OpenRecordsCheck {

    private final Customers customers;

    CustomerOwnershipCheck(Customers customers) {
        this.customers = customers;
    }

    @Override
    @Transactional(readOnly = true)
    public long openRecordsOwnedBy(Set<Long> employeeIds) {
        return employeeIds.isEmpty() ? 0 : customers.countByOwnerEmployeeIdIn(employeeIds);
    }

    @Override
    public String labelKey() {
        return "customer.owned-count";
    }
}
