package com.autosales.org;

import java.util.Set;

/**
 * Level of an organisation unit: 集团, 门店, 部门, 小组, and for distributors the sales areas
 * 销售区域 → 片区 (district) → 小区 (territory).
 */
public enum UnitKind {
    GROUP, STORE, DEPARTMENT, TEAM, REGION, DISTRICT, TERRITORY;

    /** Whether a unit of this kind may sit directly under a unit of {@code parent} kind. */
    boolean mayBeUnder(UnitKind parent) {
        return allowedParents().contains(parent);
    }

    Set<UnitKind> allowedParents() {
        return switch (this) {
            case GROUP -> Set.of();
            case STORE -> Set.of(GROUP);
            case DEPARTMENT -> Set.of(STORE, DEPARTMENT);
            case TEAM -> Set.of(DEPARTMENT, REGION, DISTRICT);
            case REGION -> Set.of(STORE, DEPARTMENT, REGION);
            case DISTRICT -> Set.of(REGION);
            case TERRITORY -> Set.of(DISTRICT);
        };
    }

    /** Sales regions, districts and territories exist only in a distributor. */
    boolean isSalesArea() {
        return this == REGION || this == DISTRICT || this == TERRITORY;
    }
}
