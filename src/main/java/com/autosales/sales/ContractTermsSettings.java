package com.autosales.sales;

import com.autosales.access.CurrentUsers;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 合同条款模板 of the working store: its own terms once saved, the group's default until then. */
@Service
@Transactional
public class ContractTermsSettings {

    /** The terms shown and whether they are the store's own. */
    public record Terms(String text, boolean storeOwn, String updatedBy, java.time.Instant updatedAt, long version) {
    }

    static final int MAX_LENGTH = 20000;

    private final ContractTemplates templates;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    ContractTermsSettings(ContractTemplates templates, CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
        this.templates = templates;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('sales:admin')")
    public Terms current() {
        ContractTemplate t = templates.of(currentUsers.requireStore());
        return new Terms(t.terms(), t.storeId() != null, t.updatedBy(), t.updatedAt(), t.version());
    }

    /** Saves the store's terms; new contracts start with them, contracts already drawn up keep theirs. */
    @PreAuthorize("hasAuthority('sales:admin')")
    public void save(String text, Long expectedVersion) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new DomainException("sales.contract.terms-required");
        }
        Long storeId = currentUsers.requireStore();
        String by = currentUsers.current().username();
        ContractTemplate own = templates.findByStoreId(storeId).orElse(null);
        if (own == null) {
            own = templates.save(new ContractTemplate(storeId, text, by, clock.instant()));
        } else {
            if (expectedVersion != null && own.version() != expectedVersion) {
                throw new ConcurrentChangeException();
            }
            own.change(text, by, clock.instant());
        }
        audit.record(AuditRecord.of("contract-template", storeId, "UPDATE", null,
                FieldChange.of("length", null, text.strip().length())));
    }
}
