package com.autosales.showroom;

/** Where the visitor or caller came from; some sources need a name (platform, referrer, campaign). */
public enum ReceptionSource {
    WALK_IN(false), PHONE(false), ONLINE(true), REFERRAL(true), EVENT(true);

    private final boolean needsDetail;

    ReceptionSource(boolean needsDetail) {
        this.needsDetail = needsDetail;
    }

    /** Online platform name, referrer name or campaign name required. */
    public boolean needsDetail() {
        return needsDetail;
    }
}
