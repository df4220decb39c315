package com.autosales.sales;

import com.autosales.access.CurrentUsers;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.DomainException;
import com.autosales.shared.Percentage;
import java.math.BigDecimal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 报价设置 of the working store: how many days a quote given to the customer stays valid, and the insurer's and
 * lender's commission rates counted in the margin. New quotes take them; quotes already written keep theirs.
 */
@Service
@Transactional
class QuoteTermsSettings {

    /** The store's terms as shown on the settings page. */
    record Terms(int validityDays, BigDecimal insuranceCommission, BigDecimal financeCommission, boolean storeOwn) {
    }

    private final QuoteSettings settings;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;

    QuoteTermsSettings(QuoteSettings settings, CurrentUsers currentUsers, AuditTrail audit) {
        this.settings = settings;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('sales:admin')")
    Terms current() {
        Long storeId = currentUsers.requireStore();
        QuoteSetting s = settings.of(storeId);
        return new Terms(s.validityDays(), s.insuranceCommission().value(), s.financeCommission().value(),
                storeId.equals(s.storeId()));
    }

    @PreAuthorize("hasAuthority('sales:admin')")
    void change(Integer validityDays, BigDecimal insuranceCommission, BigDecimal financeCommission) {
        if (validityDays == null || validityDays < 1 || validityDays > 90 || !isRate(insuranceCommission)
                || !isRate(financeCommission)) {
            throw new DomainException("sales.settings.terms-invalid");
        }
        Long storeId = currentUsers.requireStore();
        QuoteSetting current = settings.of(storeId);
        QuoteSetting own = storeId.equals(current.storeId()) ? current : settings.save(new QuoteSetting(storeId, current));
        int daysBefore = own.validityDays();
        own.change(validityDays, Percentage.of(insuranceCommission), Percentage.of(financeCommission));
        audit.record(AuditRecord.of("quote-setting", storeId, "UPDATE", null,
                FieldChange.of("validityDays", daysBefore, validityDays),
                FieldChange.of("insuranceCommission", current.insuranceCommission(), insuranceCommission),
                FieldChange.of("financeCommission", current.financeCommission(), financeCommission)));
    }

    private static boolean isRate(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0 && value.scale() <= 2;
    }
}
