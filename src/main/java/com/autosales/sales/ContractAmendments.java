package com.autosales.sales;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractAmendments extends JpaRepository<ContractAmendment, Long> {

    List<ContractAmendment> findByContractIdOrderByIdDesc(Long contractId);

    Optional<ContractAmendment> findFirstByContractIdAndStatus(Long contractId, ContractAmendment.Status status);
}
