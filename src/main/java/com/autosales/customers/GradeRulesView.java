package com.autosales.customers;

/** A store's grade rules as the API shows them, with the version to send back in If-Match. */
public record GradeRulesView(Long storeId, GradeRules rules, long version) {
}
