package com.autosales.delivery;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** One line of a delivery checklist, as the store set it up; a retired item stays on deliveries that ticked it. */
@Entity
@Table(name = "delivery_check_item")
class ChecklistItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ChecklistStage stage;
    private String label;
    private String labelEn;
    private int position;
    private boolean required;
    private boolean active;

    protected ChecklistItem() {
    }

    ChecklistItem(ChecklistStage stage, String label, String labelEn, int position, boolean required) {
        this.stage = stage;
        this.active = true;
        change(label, labelEn, position, required);
    }

    void change(String newLabel, String newLabelEn, int newPosition, boolean isRequired) {
        this.label = newLabel;
        this.labelEn = newLabelEn == null || newLabelEn.isBlank() ? null : newLabelEn;
        this.position = newPosition;
        this.required = isRequired;
    }

    void retire() {
        this.active = false;
    }

    /** The label in the reader's language: the English one when there is one and the reader reads English. */
    String labelFor(Locale locale) {
        return labelEn != null && "en".equals(locale.getLanguage()) ? labelEn : label;
    }

    Long id() { return id; }
    ChecklistStage stage() { return stage; }
    String label() { return label; }
    String labelEn() { return labelEn; }
    int position() { return position; }
    boolean required() { return required; }
    boolean active() { return active; }
}
