package com.autosales.vehicles;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CataloguePrices extends JpaRepository<CataloguePrice, Long> {

    List<CataloguePrice> findByItemTypeAndItemIdOrderByValidFromAsc(PricedItem itemType, Long itemId);

    /** The rows of these items that apply on a day: at most one each. */
    @Query("select p from CataloguePrice p where p.itemType = :type and p.itemId in :ids and p.validFrom <= :day"
            + " and (p.validTo is null or p.validTo >= :day)")
    List<CataloguePrice> findApplyingOn(PricedItem type, Collection<Long> ids, LocalDate day);
}
