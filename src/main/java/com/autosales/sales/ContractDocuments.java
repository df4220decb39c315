package com.autosales.sales;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractDocuments extends JpaRepository<ContractDocument, Long> {

    List<ContractDocument> findByContractIdOrderByVersionNoDesc(Long contractId);

    Optional<ContractDocument> findFirstByContractIdOrderByVersionNoDesc(Long contractId);

    Optional<ContractDocument> findByContractIdAndVersionNo(Long contractId, int versionNo);
}
