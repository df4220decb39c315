package com.autosales.showroom;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The form's rules beyond single fields: field → error code (message key error.&lt;code&gt;), empty when fine. */
final class ReceptionRules {

    /** A reception may be logged a little ahead (clock drift), never later. */
    static final int MINUTES_AHEAD = 10;

    private ReceptionRules() {
    }

    static Map<String, String> violations(ReceptionForm form, LocalDateTime now) {
        Map<String, String> found = new LinkedHashMap<>();
        if (form.source() != null && form.source().needsDetail() && form.sourceDetail() == null) {
            found.put("sourceDetail", "showroom.source-detail-required");
        }
        LocalDateTime in = form.timeIn() == null ? now : form.timeIn();
        if (in.isAfter(now.plusMinutes(MINUTES_AHEAD))) {
            found.put("timeIn", "showroom.time-in-future");
        }
        if (form.timeOut() != null && form.timeOut().isBefore(in)) {
            found.put("timeOut", "showroom.time-out-before-in");
        }
        return found;
    }
}
