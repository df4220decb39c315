package com.autosales.funnel;

/**
 * Where a funnel record's customer came from, one list for every stage (the reception and lead sources share these
 * names); UNKNOWN when the record does not say and nothing earlier of the customer does.
 */
public enum FunnelSource {
    WALK_IN, PHONE, ONLINE, REFERRAL, EVENT, UNKNOWN;

    /** The funnel source of another module's source name (e.g. {@code ReceptionSource.ONLINE.name()}). */
    public static FunnelSource of(String name) {
        if (name != null) {
            for (FunnelSource source : values()) {
                if (source.name().equalsIgnoreCase(name.trim())) {
                    return source;
                }
            }
        }
        return UNKNOWN;
    }
}
