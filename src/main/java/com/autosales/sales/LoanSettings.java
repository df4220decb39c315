package com.autosales.sales;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DuplicateRecordException;
import com.autosales.shared.LocalizedName;
import com.autosales.shared.RecordNotFoundException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分期设置 — the document checklist (which items, which are required) and the lenders the store works with. Changes
 * apply to applications opened afterwards; an item or lender is deactivated, never deleted, so history keeps its name.
 */
@Service
@Transactional(readOnly = true)
class LoanSettings {

    private final LoanDocumentTypes types;
    private final LoanLenders lenders;
    private final AuditTrail audit;

    LoanSettings(LoanDocumentTypes types, LoanLenders lenders, AuditTrail audit) {
        this.types = types;
        this.lenders = lenders;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('sales:admin')")
    List<LoanDocumentType> documentTypes() {
        return types.findAllByOrderByPositionAscIdAsc();
    }

    @PreAuthorize("hasAuthority('sales:admin')")
    List<LoanLender> lenders() {
        return lenders.findAllByOrderByPositionAscIdAsc();
    }

    @Transactional
    @PreAuthorize("hasAuthority('sales:admin')")
    void addDocumentType(String code, LocalizedName name, boolean required, int position) {
        LoanDocumentType type = new LoanDocumentType(code, name, required, position);
        if (types.existsByCode(type.getCode())) {
            throw new DuplicateRecordException("sales.loan.document-code-taken", type.getCode());
        }
        types.save(type);
        audit.record(AuditRecord.of("loan-document-type", type.getId(), "CREATE", name.zh(),
                FieldChange.of("required", null, required)));
    }

    @Transactional
    @PreAuthorize("hasAuthority('sales:admin')")
    void changeDocumentType(Long id, Long version, LocalizedName name, boolean required, int position, boolean active) {
        LoanDocumentType type = types.findById(id).orElseThrow(() -> new RecordNotFoundException("loan-document-type", id));
        if (version == null || type.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        boolean wasRequired = type.isRequired();
        boolean wasActive = type.isActive();
        type.change(name, required, position, active);
        audit.record(AuditRecord.of("loan-document-type", id, "UPDATE", name.zh(),
                FieldChange.of("required", wasRequired, required), FieldChange.of("active", wasActive, active)));
    }

    @Transactional
    @PreAuthorize("hasAuthority('sales:admin')")
    void addLender(String name, LoanLender.Kind kind, int position) {
        LoanLender lender = new LoanLender(name, kind, position);
        if (lenders.existsByName(lender.getName())) {
            throw new DuplicateRecordException("sales.loan.lender-taken", lender.getName());
        }
        lenders.save(lender);
        audit.record(AuditRecord.of("lender", lender.getId(), "CREATE", lender.getName()));
    }

    @Transactional
    @PreAuthorize("hasAuthority('sales:admin')")
    void changeLender(Long id, Long version, String name, LoanLender.Kind kind, int position, boolean active) {
        LoanLender lender = lenders.findById(id).orElseThrow(() -> new RecordNotFoundException("lender", id));
        if (version == null || lender.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        String before = lender.getName();
        boolean wasActive = lender.isActive();
        if (name != null && !before.equals(name.strip()) && lenders.existsByName(name.strip())) {
            throw new DuplicateRecordException("sales.loan.lender-taken", name.strip());
        }
        lender.change(name, kind, position, active);
        audit.record(AuditRecord.of("lender", id, "UPDATE", lender.getName(), FieldChange.of("name", before,
                lender.getName()), FieldChange.of("active", wasActive, active)));
    }
}
