package com.autosales.customers;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.org.EmployeeDeactivated;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When an employee leaves, every customer they own goes to their successor, each change in the audit trail. */
@Component
class CustomerHandover {

    private static final Logger log = LoggerFactory.getLogger(CustomerHandover.class);

    private final Customers customers;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerHandover(Customers customers, AuditTrail audit, Clock clock) {
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(EmployeeDeactivated event) {
        Instant now = clock.instant();
        int handedOver = 0;
        for (Customer customer : customers.findByOwnerEmployeeId(event.employeeId())) {
            audit.record(AuditRecord.of("customer", customer.id(), "REASSIGN", event.reason(),
                    customer.handOverTo(event.successorEmployeeId(), now)));
            handedOver++;
        }
        log.info("Employee {} left: {} customers handed over to employee {}", event.employeeId(), handedOver,
                event.successorEmployeeId());
    }
}
