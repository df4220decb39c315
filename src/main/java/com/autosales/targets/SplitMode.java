package com.autosales.targets;

/** How the year's figure is spread over the months: evenly, or like last year's actual months (季节性). */
public enum SplitMode {
    EVEN, SEASONAL;

    public String messageKey() {
        return "targets.split." + name();
    }
}
