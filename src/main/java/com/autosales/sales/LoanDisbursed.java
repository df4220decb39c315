package com.autosales.sales;

import com.autosales.shared.Money;
import java.time.LocalDate;

/** 放款 — the lender paid the loan out: payments expect {@code amount} from {@code lender} for the contract. */
public record LoanDisbursed(Long loanId, Long contractId, String contractNumber, Long customerId, Long storeId,
        String lender, Money amount, LocalDate disbursedOn) {
}
