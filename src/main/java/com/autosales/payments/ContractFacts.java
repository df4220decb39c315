package com.autosales.payments;

import com.autosales.sales.ContractSigned;
import com.autosales.shared.Money;
import java.time.LocalDate;

/** What the receivables need to know of a signed contract. */
record ContractFacts(Long contractId, String number, Long customerId, String customerName, Long storeId,
        Long ownerEmployeeId, String ownerName, Money total, Money deposit, Money financedAmount, LocalDate signedOn,
        LocalDate deliveryDate) {

    static ContractFacts of(ContractSigned e) {
        return new ContractFacts(e.contractId(), e.number(), e.customerId(), e.buyerName(), e.storeId(),
                e.ownerEmployeeId(), e.ownerName(), e.total(), e.deposit(), e.financedAmount(), e.signedOn(),
                e.deliveryDate());
    }
}
