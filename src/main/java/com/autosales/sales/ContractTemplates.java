package com.autosales.sales;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContractTemplates extends JpaRepository<ContractTemplate, Long> {

    @Query("select t from ContractTemplate t where t.storeId = :storeId or t.storeId is null order by t.storeId nulls last")
    List<ContractTemplate> forStore(Long storeId);

    Optional<ContractTemplate> findByStoreId(Long storeId);

    /** The store's own terms, else the group's default. */
    default ContractTemplate of(Long storeId) {
        return forStore(storeId).get(0);
    }
}
