package com.autosales.payments;

import com.autosales.shared.Money;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One expected amount of a contract with its due date. */
@Embeddable
record ReceivableLine(@Enumerated(EnumType.STRING) Kind kind, Money amount, LocalDate dueOn) {

    /** 定金 at signing; 客户应付 (the customer's own part) and 贷款 (the lender's part) by the delivery date. */
    enum Kind { DEPOSIT, CUSTOMER_BALANCE, LOAN }
}
