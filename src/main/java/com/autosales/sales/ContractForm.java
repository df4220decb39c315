package com.autosales.sales;

import com.autosales.shared.Money;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The contract form (page and API): the quote it comes from, the buyer's particulars, deposit, delivery date, terms. */
public record ContractForm(Long quoteId, @NotBlank @Size(max = 100) String buyerName,
        @Size(max = 30) String buyerIdNumber, @Size(max = 30) String buyerPhone, @Size(max = 200) String buyerAddress,
        @Size(max = 500) String configuration,
        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal depositAmount,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveryDate,
        @NotBlank @Size(max = 20000) String terms, Long version) {

    static ContractForm of(Long quoteId, ContractDetails d) {
        return new ContractForm(quoteId, d.buyerName(), d.buyerIdNumber(), d.buyerPhone(), d.buyerAddress(),
                d.configuration(), d.depositAmount().amount(), d.deliveryDate(), d.terms(), null);
    }

    static ContractForm of(ContractView c) {
        return new ContractForm(c.quoteId(), c.buyerName(), c.buyerIdNumber(), c.buyerPhone(), c.buyerAddress(),
                c.configuration(), c.depositAmount().amount(), c.deliveryDate(), c.terms(), c.version());
    }

    ContractDetails details() {
        return new ContractDetails(buyerName, buyerIdNumber, buyerPhone, buyerAddress, configuration,
                depositAmount == null ? null : Money.of(depositAmount), deliveryDate, terms);
    }
}
