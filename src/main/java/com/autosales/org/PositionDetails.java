package com.autosales.org;

import java.util.List;

/** A position template with its duties; {@code name} and {@code reportsToName} in the reader's language. */
public record PositionDetails(Long id, String code, String name, String nameZh, String nameEn, StoreType storeType,
        int level, Long reportsToId, String reportsToName, String defaultRoleCode, List<Duty> duties, long holders,
        long version) {
}
