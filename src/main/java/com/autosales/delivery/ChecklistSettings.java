package com.autosales.delivery;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.shared.DomainException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery checklists as the dealership sets them up: items per stage with order and whether they must be ticked.
 * An item is retired rather than deleted, so sheets that ticked it still show it.
 */
@Service
@Transactional
public class ChecklistSettings {

    private final ChecklistItems items;
    private final AuditTrail audit;

    ChecklistSettings(ChecklistItems items, AuditTrail audit) {
        this.items = items;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('sales:admin')")
    public List<ItemView> items() {
        return items.findByActiveTrueOrderByStageAscPositionAscIdAsc().stream().map(ItemView::of).toList();
    }

    @PreAuthorize("hasAuthority('sales:admin')")
    public void add(ChecklistStage stage, String label, String labelEn, Integer position, boolean required) {
        if (stage == null) {
            throw new DomainException("delivery.item-invalid");
        }
        ChecklistItem item = items.save(new ChecklistItem(stage, label(label), optional(labelEn),
                position == null ? 99 : position, required));
        audit.record(AuditRecord.of("delivery-checklist", item.id(), "ADDED", stage + " · " + item.label()));
    }

    @PreAuthorize("hasAuthority('sales:admin')")
    public void change(Long id, String label, String labelEn, Integer position, boolean required) {
        ChecklistItem item = active(id);
        item.change(label(label), optional(labelEn), position == null ? item.position() : position, required);
        audit.record(AuditRecord.of("delivery-checklist", id, "CHANGED", item.label()));
    }

    @PreAuthorize("hasAuthority('sales:admin')")
    public void retire(Long id) {
        ChecklistItem item = active(id);
        item.retire();
        audit.record(AuditRecord.of("delivery-checklist", id, "RETIRED", item.label()));
    }

    private ChecklistItem active(Long id) {
        return items.findById(id).filter(ChecklistItem::active).orElseThrow(() -> new DomainException("delivery.item-unknown"));
    }

    private static String label(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 100) {
            throw new DomainException("delivery.item-invalid");
        }
        return text.strip();
    }

    private static String optional(String text) {
        if (text != null && text.strip().length() > 100) {
            throw new DomainException("delivery.item-invalid");
        }
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** An item as the settings page edits it. */
    public record ItemView(Long id, ChecklistStage stage, String label, String labelEn, int position, boolean required) {
        static ItemView of(ChecklistItem i) {
            return new ItemView(i.id(), i.stage(), i.label(), i.labelEn(), i.position(), i.required());
        }
    }
}
