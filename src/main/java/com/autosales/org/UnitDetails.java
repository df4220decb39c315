package com.autosales.org;

import java.time.LocalDate;

/** One unit with everything the unit page and the API show; {@code version} goes back with an edit. */
public record UnitDetails(Long id, Long parentId, String parentName, UnitKind kind, StoreType storeType, String code,
        String name, String nameZh, String nameEn, OrganisedBy organisedBy, Integer plannedHeadcount, boolean active,
        LocalDate closedOn, Long storeId, String storeName, long version) {
}
