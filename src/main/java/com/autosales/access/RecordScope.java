package com.autosales.access;

import java.util.Set;

/**
 * The records the current user may see, ready to be put into a query: records of these stores
 * (or any store) owned by these employees (or anyone). Modules filter in SQL with it, on every path.
 */
public record RecordScope(boolean allStores, Set<Long> storeIds, boolean allOwners, Set<Long> ownerIds) {

    private static final Set<Long> NONE = Set.of(-1L);

    public RecordScope {
        storeIds = Set.copyOf(storeIds);
        ownerIds = Set.copyOf(ownerIds);
    }

    public static RecordScope everything() {
        return new RecordScope(true, Set.of(), true, Set.of());
    }

    public static RecordScope nothing() {
        return new RecordScope(false, Set.of(), false, Set.of());
    }

    public boolean permits(Long storeId, Long ownerEmployeeId) {
        boolean storeOk = allStores || storeIds.contains(storeId);
        boolean ownerOk = allOwners || (ownerEmployeeId != null && ownerIds.contains(ownerEmployeeId));
        return storeOk && ownerOk;
    }

    /** For {@code in (:ids)}: never empty, since an empty list is not valid SQL. */
    public Set<Long> storeIdsForQuery() {
        return storeIds.isEmpty() ? NONE : storeIds;
    }

    public Set<Long> ownerIdsForQuery() {
        return ownerIds.isEmpty() ? NONE : ownerIds;
    }

    /**
     * {@code " and <storeColumn> in (:scopeStores) and <ownerColumn> in (:scopeOwners)"} for the limits this scope has
     * (an owner column of {@code null}: records belong to a store only), the parameters put into {@code params}.
     */
    public String andWithin(String storeColumn, String ownerColumn, java.util.Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (!allStores) {
            sql.append(" and ").append(storeColumn).append(" in (:scopeStores)");
            params.put("scopeStores", storeIdsForQuery());
        }
        if (!allOwners && ownerColumn != null) {
            sql.append(" and ").append(ownerColumn).append(" in (:scopeOwners)");
            params.put("scopeOwners", ownerIdsForQuery());
        }
        return sql.toString();
    }
}
