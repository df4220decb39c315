package com.autosales.testdrives;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;

/** A store's slot length and opening hours for test drives (absent = {@link SlotPlan#DEFAULT}). */
@Entity
@Table(name = "testdrive_setting")
class DriveSetting {

    @Id
    private Long storeId;
    private int slotMinutes;
    private LocalTime opensAt;
    private LocalTime closesAt;
    @Version
    private long version;

    protected DriveSetting() {
    }

    DriveSetting(Long storeId) {
        this.storeId = storeId;
        apply(SlotPlan.DEFAULT);
    }

    void apply(SlotPlan plan) {
        this.slotMinutes = plan.slotMinutes();
        this.opensAt = plan.opensAt();
        this.closesAt = plan.closesAt();
    }

    SlotPlan plan() {
        return new SlotPlan(opensAt, closesAt, slotMinutes);
    }

    long version() { return version; }
}
