package com.autosales.delivery;

/** The three checklists of a delivery: PDI (售前检查), the ceremony (交车仪式) and the handover items (交接物品). */
public enum ChecklistStage {
    PDI, CEREMONY, HANDOVER;

    public String messageKey() {
        return "delivery.stage." + name();
    }
}
