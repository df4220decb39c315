package com.autosales.sales;

import com.autosales.shared.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A loan application as pages, the API and other modules see it: the contract it finances, lender and terms, where
 * it stands with its dates, and its document checklist ({@code missingRequired} required items not yet received).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoanView(Long id, Long contractId, String contractNumber, Long customerId, Long storeId,
        Long ownerEmployeeId, String ownerName, String buyerName, String lender, Money amount, int termMonths,
        BigDecimal annualRate, Money monthlyPayment, LoanStatus status, LocalDate submittedOn, LocalDate decidedOn,
        LocalDate disbursedOn, Money disbursedAmount, String lenderReference, String rejectReason, String cancelReason,
        String note, List<Document> documents, int missingRequired, Instant createdAt, Instant updatedAt,
        long version) {

    /** An item of the checklist, named in the reader's language. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(Long typeId, String code, String name, boolean required, boolean received,
            LocalDate receivedOn, String receivedBy, String note) {
    }

    /** The required documents not yet received, by name. */
    public List<String> missingNames() {
        return documents.stream().filter(d -> d.required() && !d.received()).map(Document::name).toList();
    }

    /** Every required document is in: the application may go to the lender. */
    public boolean complete() {
        return missingRequired == 0;
    }

    public int receivedCount() {
        return (int) documents.stream().filter(Document::received).count();
    }

    static LoanView of(Loan l, List<Document> documents, int missingRequired) {
        return new LoanView(l.id(), l.contractId(), l.contractNumber(), l.customerId(), l.storeId(),
                l.ownerEmployeeId(), l.ownerName(), l.buyerName(), l.lender(), l.amount(), l.termMonths(),
                l.annualRate().value(), l.monthlyPayment(), l.status(), l.submittedOn(), l.decidedOn(),
                l.disbursedOn(), l.disbursedAmount(), l.lenderReference(), l.rejectReason(), l.cancelReason(),
                l.note(), documents, missingRequired, l.createdAt(), l.updatedAt(), l.version());
    }
}
