package com.autosales.testdrives;

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
import java.time.LocalDateTime;

/** 试乘试驾预约 — booked in slots, started after the checks, completed with the customer's feedback. */
@Entity
@Table(name = "testdrive")
class TestDrive {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long storeId;
    private Long carId;
    private Long customerId;
    private Long consultantEmployeeId;
    private Long leadId;
    private LocalDate driveDay;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    @Enumerated(EnumType.STRING)
    private DriveStatus status;
    private String licenceNumber;
    private LocalDate licenceValidUntil;
    private boolean agreementAccepted;
    private Long routeId;
    private Instant startedAt;
    private Instant completedAt;
    private String liked;
    private String concerns;
    private Integer score;
    private Instant cancelledAt;
    private String bookedBy;
    private Instant createdAt;
    @Version
    private long version;

    protected TestDrive() {
    }

    TestDrive(Long storeId, Long carId, Long customerId, Long consultantEmployeeId, Long leadId, LocalDateTime startsAt,
            LocalDateTime endsAt, String bookedBy, Instant now) {
        this.storeId = storeId;
        this.carId = carId;
        this.customerId = customerId;
        this.consultantEmployeeId = consultantEmployeeId;
        this.leadId = leadId;
        this.driveDay = startsAt.toLocalDate();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.status = DriveStatus.BOOKED;
        this.bookedBy = bookedBy;
        this.createdAt = now;
    }

    /** The checks before the car leaves: a licence valid on the day, the safety agreement, a route. */
    void start(StartForm form, Instant now) {
        if (status != DriveStatus.BOOKED) {
            throw new DomainException("testdrives.not-booked");
        }
        if (form.licenceValidUntil().isBefore(driveDay)) {
            throw new DomainException("testdrives.licence-expired", form.licenceValidUntil());
        }
        if (!Boolean.TRUE.equals(form.agreementAccepted())) {
            throw new DomainException("testdrives.agreement-required");
        }
        this.licenceNumber = form.licenceNumber();
        this.licenceValidUntil = form.licenceValidUntil();
        this.agreementAccepted = true;
        this.routeId = form.routeId();
        this.startedAt = now;
        this.status = DriveStatus.IN_PROGRESS;
    }

    void complete(FeedbackForm form, Instant now) {
        if (status != DriveStatus.IN_PROGRESS) {
            throw new DomainException("testdrives.not-started");
        }
        this.liked = form.liked();
        this.concerns = form.concerns();
        this.score = form.score();
        this.completedAt = now;
        this.status = DriveStatus.COMPLETED;
    }

    void cancel(Instant now) {
        if (status != DriveStatus.BOOKED) {
            throw new DomainException("testdrives.not-cancellable");
        }
        this.cancelledAt = now;
        this.status = DriveStatus.CANCELLED;
    }

    void checkVersion(long expected) {
        if (expected != version) {
            throw new com.autosales.shared.ConcurrentChangeException();
        }
    }

    Long id() { return id; }
    Long storeId() { return storeId; }
    Long carId() { return carId; }
    Long customerId() { return customerId; }
    Long consultantEmployeeId() { return consultantEmployeeId; }
    Long leadId() { return leadId; }
    LocalDate driveDay() { return driveDay; }
    LocalDateTime startsAt() { return startsAt; }
    LocalDateTime endsAt() { return endsAt; }
    DriveStatus status() { return status; }
    String licenceNumber() { return licenceNumber; }
    LocalDate licenceValidUntil() { return licenceValidUntil; }
    boolean agreementAccepted() { return agreementAccepted; }
    Long routeId() { return routeId; }
    Instant startedAt() { return startedAt; }
    Instant completedAt() { return completedAt; }
    String liked() { return liked; }
    String concerns() { return concerns; }
    Integer score() { return score; }
    long version() { return version; }
}
