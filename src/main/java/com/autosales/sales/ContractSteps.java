package com.autosales.sales;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractSteps extends JpaRepository<ContractStep, Long> {

    List<ContractStep> findByContractIdOrderByAtAscIdAsc(Long contractId);
}
