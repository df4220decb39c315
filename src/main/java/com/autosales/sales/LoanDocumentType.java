package com.autosales.sales;

import com.autosales.shared.DomainException;
import com.autosales.shared.LocalizedName;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** An item of the loan document checklist (五大件 and whatever the store adds); required ones block submitting. */
@Entity
@Table(name = "sales_loan_document_type")
class LoanDocumentType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @Embedded
    private LocalizedName name;
    private boolean required;
    private int position;
    private boolean active;
    @Version
    private long version;

    protected LoanDocumentType() {
    }

    LoanDocumentType(String code, LocalizedName name, boolean required, int position) {
        if (code == null || !code.strip().matches("[A-Za-z0-9_-]{1,40}")) {
            throw new DomainException("sales.loan.document-code-invalid");
        }
        this.code = code.strip().toUpperCase(Locale.ROOT);
        change(name, required, position, true);
    }

    void change(LocalizedName newName, boolean nowRequired, int newPosition, boolean nowActive) {
        if (newName.zh().isBlank() || newName.zh().length() > 60 || newName.en().length() > 60) {
            throw new DomainException("sales.loan.document-name-required");
        }
        name = LocalizedName.of(newName.zh().strip(), newName.en().strip());
        required = nowRequired;
        position = newPosition;
        active = nowActive;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public LocalizedName getName() { return name; }
    public boolean isRequired() { return required; }
    public int getPosition() { return position; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
