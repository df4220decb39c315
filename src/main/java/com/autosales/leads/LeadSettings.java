package com.autosales.leads;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.DomainException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per-store level definitions and follow-up cadence, and the list of lost reasons. */
@Service
@Transactional(readOnly = true)
class LeadSettings {

    private final LevelSettings settings;
    private final LostReasons reasons;
    private final ResponseSettings responseSettings;
    private final AuditTrail audit;

    LeadSettings(LevelSettings settings, LostReasons reasons, ResponseSettings responseSettings, AuditTrail audit) {
        this.settings = settings;
        this.reasons = reasons;
        this.responseSettings = responseSettings;
        this.audit = audit;
    }

    /** The store's first-contact rule, or the default. */
    ResponseRule responseRuleOf(Long storeId) {
        return storeId == null ? ResponseRule.DEFAULT
                : responseSettings.findByStoreId(storeId).map(ResponseSetting::rule).orElse(ResponseRule.DEFAULT);
    }

    @Transactional
    @PreAuthorize("hasAuthority('leads:approve')")
    void saveResponseRule(Long storeId, ResponseRule rule) {
        rule.check();
        ResponseRule before = responseRuleOf(storeId);
        ResponseSetting setting = responseSettings.findByStoreId(storeId).orElseGet(() -> new ResponseSetting(storeId));
        setting.set(rule);
        responseSettings.save(setting);
        if (!rule.equals(before)) {
            audit.record(new AuditRecord("lead-settings", String.valueOf(storeId), "UPDATE", null,
                    List.of(FieldChange.of("firstContact", describe(before), describe(rule)))));
        }
    }

    private static String describe(ResponseRule r) {
        return r.firstContactMinutes() + "/" + r.reassignAfterMinutes() + " min, " + r.opensAt() + "–" + r.closesAt();
    }

    /** Every level's rule in this store, the defaults where the store has none. */
    Map<LeadLevel, LevelRule> rulesOf(Long storeId) {
        Map<LeadLevel, LevelRule> rules = new EnumMap<>(LeadLevel.class);
        for (LeadLevel level : LeadLevel.values()) {
            rules.put(level, LevelRule.defaultFor(level));
        }
        if (storeId != null) {
            settings.findByStoreId(storeId).forEach(s -> rules.put(s.level(), s.rule()));
        }
        return rules;
    }

    @Transactional
    @PreAuthorize("hasAuthority('leads:approve')")
    void save(Long storeId, Map<LeadLevel, LevelRule> rules) {
        rules.values().forEach(FollowUpRules::checkRule);
        Map<LeadLevel, LevelRule> before = rulesOf(storeId);
        Map<LeadLevel, LevelSetting> existing = new EnumMap<>(LeadLevel.class);
        settings.findByStoreId(storeId).forEach(s -> existing.put(s.level(), s));
        java.util.List<FieldChange> changes = new java.util.ArrayList<>();
        for (Map.Entry<LeadLevel, LevelRule> e : rules.entrySet()) {
            LevelSetting setting = existing.computeIfAbsent(e.getKey(), l -> new LevelSetting(storeId, l));
            setting.set(e.getValue());
            settings.save(setting);
            if (!e.getValue().equals(before.get(e.getKey()))) {
                changes.add(FieldChange.of("level." + e.getKey(), describe(before.get(e.getKey())), describe(e.getValue())));
            }
        }
        if (!changes.isEmpty()) {
            audit.record(new AuditRecord("lead-settings", String.valueOf(storeId), "UPDATE", null, changes));
        }
    }

    private static String describe(LevelRule rule) {
        return rule.buyWithinDays() + "/" + rule.cadenceDays();
    }

    List<LostReason> lostReasons() {
        return reasons.active();
    }

    LostReason activeReason(Long id) {
        return reasons.findById(id).filter(LostReason::isActive)
                .orElseThrow(() -> new DomainException("leads.lost-reason-required"));
    }

    @Transactional
    @PreAuthorize("hasAuthority('leads:approve')")
    void addReason(String nameZh, String nameEn) {
        String zh = nameZh == null ? "" : nameZh.trim();
        String en = nameEn == null || nameEn.isBlank() ? zh : nameEn.trim();
        if (zh.isEmpty() || zh.length() > 100 || en.length() > 100) {
            throw new DomainException("leads.lost-reason-name-required");
        }
        LostReason saved = reasons.save(new LostReason("R" + System.currentTimeMillis() % 1_000_000_000L + "-"
                + (reasons.maxSortOrder() + 10), zh, en, reasons.maxSortOrder() + 10));
        audit.record(AuditRecord.of("lead-lost-reason", saved.getId(), "CREATE", zh, FieldChange.of("name", null, zh)));
    }

    @Transactional
    @PreAuthorize("hasAuthority('leads:approve')")
    void removeReason(Long id) {
        reasons.findById(id).ifPresent(r -> {
            r.deactivate();
            audit.record(AuditRecord.of("lead-lost-reason", id, "DEACTIVATE", r.getCode()));
        });
    }
}
