package com.autosales.delivery;

import com.autosales.sales.ContractSigned;

/** What a delivery keeps of its signed contract: the parties and who looks after it (for the data scope). */
record ContractFacts(Long contractId, String number, Long leadId, Long customerId, String customerName, Long storeId,
        Long ownerEmployeeId, String ownerName) {

    static ContractFacts of(ContractSigned e) {
        return new ContractFacts(e.contractId(), e.number(), e.leadId(), e.customerId(), e.buyerName(), e.storeId(),
                e.ownerEmployeeId(), e.ownerName());
    }
}
