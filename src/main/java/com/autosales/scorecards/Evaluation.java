package com.autosales.scorecards;

import com.autosales.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** 考核评估 — one person's scorecard for a month or quarter, scored from the facts with the template it was made from. */
@Entity
@Table(name = "scorecard_evaluation")
class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long employeeId;
    private String employeeName;
    private Long storeId;
    private Long templateId;
    private int templateVersionNo;
    private String templateName;
    @Enumerated(EnumType.STRING)
    private Period.Kind periodKind;
    private String periodLabel;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    @Enumerated(EnumType.STRING)
    private EvaluationStatus status;
    private BigDecimal total;
    private String managerComment;
    private String employeeComment;
    private String computedBy;
    private Instant computedAt;
    private String submittedBy;
    private Instant submittedAt;
    private Instant acknowledgedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorecard_evaluation_line", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "seq")
    private List<EvaluationLine> lines = new ArrayList<>();
    @Version
    private long version;

    protected Evaluation() {
    }

    Evaluation(Long employeeId, String employeeName, Long storeId, Period period) {
        this.employeeId = employeeId;
        this.employeeName = employeeName;
        this.storeId = storeId;
        this.periodKind = period.kind();
        this.periodLabel = period.label();
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.status = EvaluationStatus.DRAFT;
    }

    Period period() {
        return new Period(periodKind, periodLabel, periodFrom, periodTo);
    }

    /** (Re)scores a draft with a template and the measured values, keeping the manager's manual scores. */
    void compute(ScorecardTemplate template, Map<Indicator, BigDecimal> measured, String by, Instant at) {
        requireDraft();
        Map<Indicator, BigDecimal> manual = manualScores();
        this.templateId = template.id();
        this.templateVersionNo = template.versionNo();
        this.templateName = template.name();
        this.lines.clear();
        for (TemplateLine line : template.lines()) {
            lines.add(EvaluationLine.scored(line, measured.get(line.indicator()), manual.get(line.indicator())));
        }
        this.total = Scoring.total(lines.stream().map(EvaluationLine::weightedScore).toList());
        this.computedBy = by;
        this.computedAt = at;
    }

    /** The manager's scores of the manual indicators (0–100) and comment; the rest stays as measured. */
    void enterManual(Map<Indicator, BigDecimal> scores, String comment) {
        requireDraft();
        List<EvaluationLine> rescored = new ArrayList<>();
        for (EvaluationLine line : lines) {
            if (line.indicator().manual() && scores.containsKey(line.indicator())) {
                BigDecimal score = scores.get(line.indicator());
                Scoring.requireManualScore(line.indicator(), score);
                rescored.add(EvaluationLine.scored(new TemplateLine(line.indicator(), line.weight(), null, line.rule()),
                        null, score));
            } else {
                rescored.add(line);
            }
        }
        lines.clear();
        lines.addAll(rescored);
        this.total = Scoring.total(lines.stream().map(EvaluationLine::weightedScore).toList());
        this.managerComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** Frozen from now on; every manual indicator must have its score. */
    void submit(String by, Instant at) {
        requireDraft();
        lines.stream().filter(l -> l.indicator().manual() && l.value() == null).findFirst().ifPresent(l -> {
            throw new DomainException("scorecards.manual-missing", l.indicator().label());
        });
        this.status = EvaluationStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    void acknowledge(String comment, Instant at) {
        if (status != EvaluationStatus.SUBMITTED) {
            throw new DomainException("scorecards.not-submitted");
        }
        this.status = EvaluationStatus.ACKNOWLEDGED;
        this.employeeComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.acknowledgedAt = at;
    }

    private void requireDraft() {
        if (status != EvaluationStatus.DRAFT) {
            throw new DomainException("scorecards.frozen");
        }
    }

    private Map<Indicator, BigDecimal> manualScores() {
        Map<Indicator, BigDecimal> manual = new EnumMap<>(Indicator.class);
        lines.stream().filter(l -> l.indicator().manual() && l.value() != null).forEach(l -> manual.put(l.indicator(), l.value()));
        return manual;
    }

    EvaluationView view() {
        return new EvaluationView(id, employeeId, employeeName, storeId, periodKind, periodLabel, periodFrom, periodTo,
                templateId, templateName, templateVersionNo, status, total, lines.stream().map(EvaluationLine::view).toList(),
                managerComment, employeeComment, computedBy, computedAt, submittedBy, submittedAt, acknowledgedAt, version);
    }

    Long id() { return id; }
    Long employeeId() { return employeeId; }
    Long storeId() { return storeId; }
    EvaluationStatus status() { return status; }
    BigDecimal total() { return total; }
    long version() { return version; }
}
