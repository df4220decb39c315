package com.autosales.access;

import java.io.Serializable;
import java.util.Set;

/** The signed-in user as every module sees them. Kept in the database-stored session, hence serializable. */
public record CurrentUser(Long userId, String username, String displayName, Long employeeId, Long unitId,
        Long storeId, Set<Long> extraStoreIds, DataScope dataScope, Set<String> permissions) implements Serializable {

    /** The home store and any further stores this user works for. */
    public Set<Long> storeIds() {
        Set<Long> all = new java.util.TreeSet<>(extraStoreIds);
        if (storeId != null) {
            all.add(storeId);
        }
        return all;
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }
}
