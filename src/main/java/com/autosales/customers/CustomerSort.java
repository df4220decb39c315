package com.autosales.customers;

/** How the customer list is ordered; every order ends with the id so pages never overlap. */
public enum CustomerSort {
    NEWEST("c.id desc"),
    OLDEST("c.id asc"),
    NAME("c.name_pinyin asc, c.id asc"),
    RECENTLY_UPDATED("c.updated_at desc, c.id desc"),
    GRADE("case when c.grade is null then 1 else 0 end, c.grade asc, c.id desc");

    private final String orderBy;

    CustomerSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
