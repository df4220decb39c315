package com.autosales.leads;

/** Where the lead came from; ONLINE carries the platform name and REFERRAL the referrer in the source detail. */
public enum LeadSource {
    WALK_IN, PHONE, ONLINE, REFERRAL, EVENT;

    public boolean needsDetail() {
        return this == ONLINE || this == REFERRAL;
    }
}
