package com.autosales.sales;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * What every contract use case needs: the contract as the reader may see it (outside their data scope it does not
 * exist), and writing down a step of its life in its history and the audit trail.
 */
@Component
class ContractRecords {

    private final Contracts contracts;
    private final ContractSteps steps;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    ContractRecords(Contracts contracts, ContractSteps steps, CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
        this.contracts = contracts;
        this.steps = steps;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    Contract visible(Long id) {
        RecordScope s = currentUsers.scope();
        return contracts.findVisible(id, s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery())
                .orElseThrow(() -> new RecordNotFoundException("contract", id));
    }

    /** The visible contract, refused as changed by someone else when its version is not the one the user saw. */
    Contract visible(Long id, Long expectedVersion) {
        Contract contract = visible(id);
        if (expectedVersion != null && contract.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return contract;
    }

    /** Writes the step done by the signed-in user. */
    void step(Contract contract, String action, ContractStatus from, String comment) {
        CurrentUser me = currentUsers.current();
        step(contract, action, from, comment, me.username(), me.displayName());
    }

    void step(Contract contract, String action, ContractStatus from, String comment, String actor, String actorName) {
        steps.save(new ContractStep(contract.id(), action, from, contract.status(), actor, actorName, comment,
                clock.instant()));
        audit.record(AuditRecord.of("contract", contract.id(), action, contract.buyerName(),
                FieldChange.of("status", from, contract.status())));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
