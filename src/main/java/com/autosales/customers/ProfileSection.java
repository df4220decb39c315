package com.autosales.customers;

/** One separately editable section of the customer card (档案卡): its key in routes, labels and forms. */
public sealed interface ProfileSection
        permits ProfileBasic, ProfileTraits, ProfileBusiness, ProfileTrading, ProfileClassification {

    String key();

    /** Blank form input means "not filled in". */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
