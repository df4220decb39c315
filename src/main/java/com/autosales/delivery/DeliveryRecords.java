package com.autosales.delivery;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.RecordNotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A delivery as the reader may see it: outside their stores or their own customers it does not exist (404). */
@Component
class DeliveryRecords {

    private final Deliveries deliveries;
    private final CurrentUsers currentUsers;

    DeliveryRecords(Deliveries deliveries, CurrentUsers currentUsers) {
        this.deliveries = deliveries;
        this.currentUsers = currentUsers;
    }

    Delivery visible(Long id) {
        RecordScope s = currentUsers.scope();
        return deliveries.findVisible(id, s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery())
                .orElseThrow(() -> new RecordNotFoundException("delivery", id));
    }

    /** The visible delivery, refused as changed by someone else when the version is not the one the user saw. */
    Delivery visible(Long id, Long expectedVersion) {
        Delivery delivery = visible(id);
        if (expectedVersion != null && delivery.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return delivery;
    }

    Optional<Delivery> visibleByContract(Long contractId) {
        RecordScope s = currentUsers.scope();
        return deliveries.findVisibleByContract(contractId, s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery());
    }
}
