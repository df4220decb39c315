package com.autosales.sales;

import com.autosales.approvals.ApprovalGranted;
import com.autosales.approvals.ApprovalReturned;
import com.autosales.approvals.ApprovalStatus;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Brings the review's outcome from the approvals inbox back to the contract (or to its amendment). */
@Component
class ContractApprovalListener {

    private final Contracts contracts;
    private final ContractRecords records;
    private final ContractAmending amending;
    private final Clock clock;

    ContractApprovalListener(Contracts contracts, ContractRecords records, ContractAmending amending, Clock clock) {
        this.contracts = contracts;
        this.records = records;
        this.amending = amending;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ApprovalGranted event) {
        if (!ContractManagement.POLICY.equals(event.policyCode())) {
            return;
        }
        if (ContractManagement.RECORD_TYPE.equals(event.recordType())) {
            contracts.findById(event.recordId()).ifPresent(c -> ContractDecisions.apply(c, ApprovalStatus.APPROVED, null,
                    clock.instant(), records, "approval", event.decidedBy()));
        } else if (ContractAmending.RECORD_TYPE.equals(event.recordType())) {
            amending.granted(event.recordId(), event.decidedBy());
        }
    }

    @ApplicationModuleListener
    void on(ApprovalReturned event) {
        if (!ContractManagement.POLICY.equals(event.policyCode())) {
            return;
        }
        if (ContractManagement.RECORD_TYPE.equals(event.recordType())) {
            contracts.findById(event.recordId()).ifPresent(c -> ContractDecisions.apply(c, ApprovalStatus.RETURNED,
                    event.comment(), clock.instant(), records, "approval", event.decidedBy()));
        } else if (ContractAmending.RECORD_TYPE.equals(event.recordType())) {
            amending.returned(event.recordId(), event.comment(), event.decidedBy());
        }
    }
}
