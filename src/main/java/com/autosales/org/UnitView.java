package com.autosales.org;

/** What other modules may know about an organisation unit, named in the reader's language. */
public record UnitView(Long id, Long parentId, UnitKind kind, StoreType storeType, String code, String name,
        OrganisedBy organisedBy, Integer plannedHeadcount, boolean active) {
}
