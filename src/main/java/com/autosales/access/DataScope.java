package com.autosales.access;

/** 数据范围 — which records a role may see: its own, its team's, department's/region's, store's, or all. */
public enum DataScope {
    OWN, TEAM, DEPARTMENT, STORE, ALL;

    public DataScope widest(DataScope other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
