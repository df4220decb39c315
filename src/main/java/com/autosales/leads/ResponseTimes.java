package com.autosales.leads;

import java.util.List;

/**
 * First-contact discipline over a period: leads waiting right now (most urgent first), and for the leads that had a
 * deadline, per consultant and per source, how many were contacted, how many on time, and the average response in
 * opening minutes.
 */
public record ResponseTimes(int days, List<LeadView> waiting, List<Row> byConsultant, List<Row> bySource) {

    /** {@code label} is the consultant's name or the source code; {@code averageMinutes} is null before any contact. */
    public record Row(String label, Long ownerEmployeeId, LeadSource source, long leads, long contacted, long onTime,
            Long averageMinutes) {

        /** Share contacted on time, in whole percent of all leads with a deadline (null without leads). */
        public Integer onTimePercent() {
            return leads == 0 ? null : (int) Math.round(onTime * 100.0 / leads);
        }

        public long stillWaiting() {
            return leads - contacted;
        }
    }
}
