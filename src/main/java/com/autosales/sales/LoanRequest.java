package com.autosales.sales;

import java.math.BigDecimal;

/**
 * What the user asks for when opening an application, changing its terms, or recording what the lender granted; an
 * empty field keeps what is there (when opening: the contract's finance plan).
 */
public record LoanRequest(String lender, BigDecimal amount, Integer termMonths, BigDecimal annualRate, String note) {
}
