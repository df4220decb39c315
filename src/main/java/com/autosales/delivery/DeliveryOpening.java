package com.autosales.delivery;

import com.autosales.sales.ContractCancelled;
import com.autosales.sales.ContractSigned;
import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A signed contract opens its delivery sheet (once); a cancelled one cancels the sheet if the car is not out yet. */
@Component
class DeliveryOpening {

    private final Deliveries deliveries;
    private final Clock clock;

    DeliveryOpening(Deliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ContractSigned event) {
        open(ContractFacts.of(event));
    }

    @ApplicationModuleListener
    void on(ContractCancelled event) {
        deliveries.findByContractId(event.contractId()).ifPresent(Delivery::cancel);
    }

    /** The contract's delivery, opened now if the signing's event has not been handled yet. */
    Delivery open(ContractFacts contract) {
        return deliveries.findByContractId(contract.contractId()).orElseGet(() -> {
            try {
                return deliveries.saveAndFlush(new Delivery(contract, clock.instant()));
            } catch (DataIntegrityViolationException openedMeanwhile) {
                throw new com.autosales.shared.ConcurrentChangeException();
            }
        });
    }
}
