package com.autosales.sales;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import java.time.LocalDate;

/** What the consultant fills in on a draft contract: the buyer's particulars, deposit, delivery date and terms. */
public record ContractDetails(String buyerName, String buyerIdNumber, String buyerPhone, String buyerAddress,
        String configuration, Money depositAmount, LocalDate deliveryDate, String terms) {

    public ContractDetails {
        if (buyerName == null || buyerName.isBlank()) {
            throw new DomainException("sales.contract.buyer-required");
        }
        if (depositAmount == null || depositAmount.isNegative()) {
            throw new DomainException("sales.contract.deposit-invalid");
        }
        if (deliveryDate == null) {
            throw new DomainException("sales.contract.delivery-date-required");
        }
        if (terms == null || terms.isBlank()) {
            throw new DomainException("sales.contract.terms-required");
        }
        buyerName = buyerName.strip();
        buyerIdNumber = blankToNull(buyerIdNumber);
        buyerPhone = blankToNull(buyerPhone);
        buyerAddress = blankToNull(buyerAddress);
        configuration = blankToNull(configuration);
        terms = terms.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
