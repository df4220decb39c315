package com.autosales.payments;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A contact with the customer about the overdue money, and the date they promised to pay. */
@Entity
@Table(name = "collection_note")
class CollectionNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long taskId;
    private String text;
    private LocalDate promisedOn;
    @Enumerated(EnumType.STRING)
    private ArrearsCause cause;
    private String byName;
    private Instant at;

    protected CollectionNote() {
    }

    CollectionNote(Long taskId, String text, LocalDate promisedOn, ArrearsCause cause, String byName, Instant at) {
        this.taskId = taskId;
        this.text = text.strip();
        this.promisedOn = promisedOn;
        this.cause = cause;
        this.byName = byName;
        this.at = at;
    }

    String text() {
        return text;
    }

    CollectionTaskView.Note view() {
        return new CollectionTaskView.Note(text, promisedOn, cause, byName, at);
    }
}
