package com.autosales.access;

import java.util.Set;

/** A role with its permissions, how many logins hold it, and its version for optimistic locking. */
public record RoleView(Long id, String code, String name, String nameZh, String nameEn, DataScope dataScope,
        Set<String> permissions, long users, long version) {
}
