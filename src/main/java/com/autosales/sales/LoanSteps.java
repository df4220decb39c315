package com.autosales.sales;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoanSteps extends JpaRepository<LoanStep, Long> {

    List<LoanStep> findByLoanIdOrderByAtAscIdAsc(Long loanId);
}
