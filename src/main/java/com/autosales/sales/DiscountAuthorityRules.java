package com.autosales.sales;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DiscountAuthorityRules extends JpaRepository<DiscountAuthorityRule, Long> {

    @Query("select r from DiscountAuthorityRule r where r.positionId = :positionId"
            + " and (r.storeId = :storeId or r.storeId is null) order by r.storeId nulls last")
    List<DiscountAuthorityRule> forPosition(Long storeId, Long positionId);

    @Query("select r from DiscountAuthorityRule r where r.storeId = :storeId or r.storeId is null")
    List<DiscountAuthorityRule> forStore(Long storeId);

    Optional<DiscountAuthorityRule> findByStoreIdAndPositionId(Long storeId, Long positionId);
}
