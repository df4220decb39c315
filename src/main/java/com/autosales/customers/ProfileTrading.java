package com.autosales.customers;

import jakarta.validation.constraints.Size;

/** 交易现状 — current activity, problems, strengths, credit standing, trading terms, past credit problems. */
public record ProfileTrading(
        @Size(max = 500, message = "{customer.profile.invalid.length}") String currentActivity,
        @Size(max = 500, message = "{customer.profile.invalid.length}") String problems,
        @Size(max = 500, message = "{customer.profile.invalid.length}") String strengths,
        CreditStanding creditStanding,
        @Size(max = 500, message = "{customer.profile.invalid.length}") String tradingTerms,
        @Size(max = 500, message = "{customer.profile.invalid.length}") String pastCreditProblems)
        implements ProfileSection {

    public static final String KEY = "trading";

    public ProfileTrading {
        currentActivity = ProfileSection.clean(currentActivity);
        problems = ProfileSection.clean(problems);
        strengths = ProfileSection.clean(strengths);
        tradingTerms = ProfileSection.clean(tradingTerms);
        pastCreditProblems = ProfileSection.clean(pastCreditProblems);
    }

    @Override
    public String key() {
        return KEY;
    }
}
