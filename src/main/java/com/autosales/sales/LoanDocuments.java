package com.autosales.sales;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LoanDocuments extends JpaRepository<LoanDocument, Long> {

    List<LoanDocument> findByLoanIdOrderByIdAsc(Long loanId);

    Optional<LoanDocument> findByLoanIdAndTypeId(Long loanId, Long typeId);

    /** Per application, how many required documents are still missing (applications with none missing are left out). */
    @Query("select d.loanId, count(d) from LoanDocument d where d.loanId in :loanIds and d.required = true"
            + " and d.received = false group by d.loanId")
    List<Object[]> missingRequired(Collection<Long> loanIds);
}
