package com.autosales.sales;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuoteSettings extends JpaRepository<QuoteSetting, Long> {

    @Query("select s from QuoteSetting s where s.storeId = :storeId or s.storeId is null order by s.storeId nulls last")
    List<QuoteSetting> forStore(Long storeId);

    default QuoteSetting of(Long storeId) {
        return forStore(storeId).get(0);
    }
}
