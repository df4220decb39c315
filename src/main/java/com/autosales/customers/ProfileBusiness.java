package com.autosales.customers;

import jakarta.validation.constraints.Size;

/** 业务状况 — sales with us, relationship with competitors, attitude to cooperation. */
public record ProfileBusiness(
        @Size(max = 500, message = "{customer.profile.invalid.length}") String salesWithUs,
        @Size(max = 500, message = "{customer.profile.invalid.length}") String competitorRelations,
        CooperationAttitude cooperationAttitude)
        implements ProfileSection {

    public static final String KEY = "business";

    public ProfileBusiness {
        salesWithUs = ProfileSection.clean(salesWithUs);
        competitorRelations = ProfileSection.clean(competitorRelations);
    }

    @Override
    public String key() {
        return KEY;
    }
}
