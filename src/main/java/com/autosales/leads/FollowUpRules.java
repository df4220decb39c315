package com.autosales.leads;

import com.autosales.shared.DomainException;
import java.time.LocalDate;
import java.util.Map;

/** When the next follow-up falls due: the date the consultant chose, or today plus the (new) level's cadence. */
final class FollowUpRules {

    private FollowUpRules() {
    }

    static LocalDate nextDue(LocalDate today, LeadLevel level, Map<LeadLevel, LevelRule> rules, LocalDate chosen) {
        if (chosen != null) {
            if (chosen.isBefore(today)) {
                throw new DomainException("leads.next-date-past");
            }
            return chosen;
        }
        LevelRule rule = rules.getOrDefault(level, LevelRule.defaultFor(level));
        return today.plusDays(rule.cadenceDays());
    }

    static void checkRule(LevelRule rule) {
        if (rule.cadenceDays() < 1 || rule.cadenceDays() > 365 || rule.buyWithinDays() < 1 || rule.buyWithinDays() > 730) {
            throw new DomainException("leads.settings-out-of-range");
        }
    }
}
