package com.autosales.sales;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One item of an application's checklist: received or not, when and by whom. */
@Entity
@Table(name = "sales_loan_document")
class LoanDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long loanId;
    private Long typeId;
    private boolean required;
    private boolean received;
    private LocalDate receivedOn;
    private String receivedBy;
    private String note;

    protected LoanDocument() {
    }

    LoanDocument(Long loanId, LoanDocumentType type) {
        this.loanId = loanId;
        this.typeId = type.getId();
        this.required = type.isRequired();
    }

    /** Ticked (with the day and who) or unticked; {@code false} when nothing changed. */
    boolean mark(boolean nowReceived, String note, LocalDate today, String by) {
        String newNote = note == null || note.isBlank() ? this.note : note.strip();
        if (received == nowReceived && java.util.Objects.equals(newNote, this.note)) {
            return false;
        }
        received = nowReceived;
        receivedOn = nowReceived ? today : null;
        receivedBy = nowReceived ? by : null;
        this.note = newNote;
        return true;
    }

    Long loanId() { return loanId; }
    Long typeId() { return typeId; }
    boolean required() { return required; }
    boolean received() { return received; }
    LocalDate receivedOn() { return receivedOn; }
    String receivedBy() { return receivedBy; }
    String note() { return note; }
}
