package com.autosales.sales;

import com.autosales.shared.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 合作金融机构 — a bank or finance company the store sends loan applications to. */
@Entity
@Table(name = "sales_lender")
class LoanLender {

    /** Bank (银行), the maker's finance company (厂家金融), or another finance company (融资租赁等). */
    enum Kind { BANK, CAPTIVE, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;
    private int position;
    private boolean active;
    @Version
    private long version;

    protected LoanLender() {
    }

    LoanLender(String name, Kind kind, int position) {
        this.active = true;
        change(name, kind, position, true);
    }

    void change(String newName, Kind newKind, int newPosition, boolean nowActive) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 100) {
            throw new DomainException("sales.loan.lender-required");
        }
        name = newName.strip();
        kind = newKind == null ? Kind.OTHER : newKind;
        position = newPosition;
        active = nowActive;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public Kind getKind() { return kind; }
    public int getPosition() { return position; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
