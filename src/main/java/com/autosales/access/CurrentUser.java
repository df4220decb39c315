package com.autosales.access;

import java.io.Serializable;
import java.util.Set;

/** The signed-in user as every module sees them. Kept in the database-stored session, hence serializable. */
public record CurrentUser(Long userId, String username, String displayName, Long employeeId, Long unitId,
        Long storeId, DataScope dataScope, Set<String> permissions) implements Serializable {

    public boolean can(String permission) {
        return permissions.contains(permission);
    }
}
