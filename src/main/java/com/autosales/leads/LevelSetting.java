package com.autosales.leads;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A store's definition of one intention level (stores without a row use the defaults). */
@Entity
@Table(name = "lead_level_setting")
class LevelSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long storeId;
    @Enumerated(EnumType.STRING)
    private LeadLevel level;
    private int buyWithinDays;
    private int cadenceDays;
    @Version
    private long version;

    protected LevelSetting() {
    }

    LevelSetting(Long storeId, LeadLevel level) {
        this.storeId = storeId;
        this.level = level;
    }

    void set(LevelRule rule) {
        this.buyWithinDays = rule.buyWithinDays();
        this.cadenceDays = rule.cadenceDays();
    }

    LeadLevel level() { return level; }
    LevelRule rule() { return new LevelRule(buyWithinDays, cadenceDays); }
}
