package com.autosales.surveys;

import com.autosales.shared.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "satisfaction_survey")
class Survey {

    /** After this many calls without reaching the customer the survey is closed as unreachable. */
    static final int MAX_ATTEMPTS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private SurveyOccasion occasion;
    private Long referenceId;
    private String referenceNumber;
    private Long storeId;
    private Long customerId;
    private String customerName;
    private Long subjectEmployeeId;
    private String subjectName;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private SurveyStatus status;
    private int attempts;
    private Integer scoreOverall;
    private Integer scoreConsultant;
    private Integer scoreProcess;
    private Integer scoreVehicle;
    private String comment;
    private String doneBy;
    private Instant doneAt;
    private Instant createdAt;
    @Version
    private long version;

    protected Survey() {
    }

    Survey(SurveyRequest r, Instant now) {
        this.occasion = r.occasion();
        this.referenceId = r.referenceId();
        this.referenceNumber = r.referenceNumber();
        this.storeId = r.storeId();
        this.customerId = r.customerId();
        this.customerName = r.customerName();
        this.subjectEmployeeId = r.subjectEmployeeId();
        this.subjectName = r.subjectName();
        this.dueOn = r.dueOn();
        this.status = SurveyStatus.SCHEDULED;
        this.createdAt = now;
    }

    void answer(SurveyAnswers a, String by, Instant at) {
        requireScheduled();
        this.scoreOverall = a.overall();
        this.scoreConsultant = a.consultant();
        this.scoreProcess = a.process();
        this.scoreVehicle = a.vehicle();
        this.comment = a.comment() == null || a.comment().isBlank() ? null : a.comment().strip();
        this.status = SurveyStatus.DONE;
        this.doneBy = by;
        this.doneAt = at;
    }

    /** One more call without an answer: tried again the next day, closed after {@link #MAX_ATTEMPTS}. */
    void notReached(String by, Instant at, LocalDate today) {
        requireScheduled();
        this.attempts++;
        if (attempts >= MAX_ATTEMPTS) {
            this.status = SurveyStatus.UNREACHABLE;
            this.doneBy = by;
            this.doneAt = at;
        } else {
            this.dueOn = today.plusDays(1);
        }
    }

    private void requireScheduled() {
        if (status != SurveyStatus.SCHEDULED) {
            throw new DomainException("surveys.closed");
        }
    }

    SurveyView view(LocalDate today) {
        return new SurveyView(id, occasion, referenceId, referenceNumber, storeId, customerName, subjectName, dueOn,
                status == SurveyStatus.SCHEDULED && dueOn.isBefore(today), status, attempts, scoreOverall,
                scoreConsultant, scoreProcess, scoreVehicle, comment, doneBy, doneAt, version);
    }

    Long id() { return id; }
    Long subjectEmployeeId() { return subjectEmployeeId; }
    long version() { return version; }
}
