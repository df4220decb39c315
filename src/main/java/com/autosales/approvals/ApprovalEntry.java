package com.autosales.approvals;

import com.autosales.approvals.ApprovalDetails.EntryKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an approval's history: requested, approved, returned or withdrawn; by whom, for whom, when. */
@Entity
@Table(name = "approval_entry")
class ApprovalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private EntryKind kind;

    @Column(name = "step_no")
    private Integer step;

    private String actor;

    private String actorName;

    private String onBehalfOf;

    private String onBehalfOfName;

    private String comment;

    private Instant occurredAt;

    protected ApprovalEntry() {
    }

    ApprovalEntry(EntryKind kind, Integer step, Actor by, String comment, Instant at) {
        this.kind = kind;
        this.step = step;
        this.actor = by.username();
        this.actorName = by.name();
        this.onBehalfOf = by.onBehalfOf();
        this.onBehalfOfName = by.onBehalfOfName();
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.occurredAt = at;
    }

    EntryKind kind() {
        return kind;
    }

    String actor() {
        return actor;
    }

    ApprovalDetails.Entry view() {
        return new ApprovalDetails.Entry(kind, step, actor, actorName, onBehalfOf, onBehalfOfName, comment, occurredAt);
    }
}
