package com.autosales.sales;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoanLenders extends JpaRepository<LoanLender, Long> {

    List<LoanLender> findAllByOrderByPositionAscIdAsc();

    List<LoanLender> findByActiveTrueOrderByPositionAscIdAsc();

    boolean existsByName(String name);
}
