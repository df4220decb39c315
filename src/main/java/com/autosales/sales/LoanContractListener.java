package com.autosales.sales;

import java.time.Clock;
import java.util.EnumSet;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A cancelled contract needs no loan: its applications still in progress are withdrawn with the contract's reason. */
@Component
class LoanContractListener {

    private final Loans loans;
    private final LoanRecords records;
    private final Clock clock;

    LoanContractListener(Loans loans, LoanRecords records, Clock clock) {
        this.loans = loans;
        this.records = records;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ContractCancelled event) {
        String reason = "合同作废 / contract cancelled: " + event.reason();
        for (Loan loan : loans.ofContractIn(event.contractId(),
                EnumSet.of(LoanStatus.COLLECTING, LoanStatus.SUBMITTED, LoanStatus.APPROVED))) {
            LoanStatus from = loan.status();
            loan.cancel(reason.length() > 500 ? reason.substring(0, 500) : reason, clock.instant());
            records.step(loan, "CANCEL", from, loan.cancelReason(), "system", null);
        }
    }
}
