package com.autosales.sales;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.Percentage;

/** The terms of a loan application: lender, amount, term and yearly rate, checked before they reach the application. */
record LoanTerms(String lender, Money amount, int termMonths, Percentage annualRate, String note) {

    LoanTerms {
        if (lender == null || lender.isBlank()) {
            throw new DomainException("sales.loan.lender-required");
        }
        if (amount == null) {
            throw new DomainException("sales.loan.amount-required");
        }
        if (termMonths < 1 || termMonths > 120) {
            throw new DomainException("sales.finance-term-invalid", termMonths);
        }
        if (annualRate == null || annualRate.value().compareTo(java.math.BigDecimal.valueOf(36)) > 0) {
            throw new DomainException("sales.loan.rate-invalid");
        }
        lender = lender.strip();
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > 500) {
            throw new DomainException("sales.loan.note-too-long");
        }
    }

    /** What is asked for, falling back to these terms (the contract's finance plan, or the application's). */
    static LoanTerms of(LoanRequest request, String lender, Money amount, int termMonths, Percentage rate, String note) {
        LoanRequest r = request == null ? new LoanRequest(null, null, null, null, null) : request;
        return new LoanTerms(r.lender() == null ? lender : r.lender(), r.amount() == null ? amount : Money.of(r.amount()),
                r.termMonths() == null ? termMonths : r.termMonths(),
                r.annualRate() == null ? rate : Percentage.of(r.annualRate()), r.note() == null ? note : r.note());
    }
}
