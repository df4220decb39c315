package com.autosales.scorecards;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.org.PositionHolders;
import com.autosales.performance.Attainment;
import com.autosales.performance.Figure;
import com.autosales.performance.PerformanceMetric;
import com.autosales.performance.PerformanceQueries;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 考核评估: the manager generates the period's scorecards for the people of a store or department holding a position
 * with a template, enters the manual scores and a comment, submits; the employee acknowledges. A draft may be
 * recomputed from the facts at any time; a submitted one is frozen.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationManagement {

    static final int PAGE_SIZE = 20;

    private final Evaluations evaluations;
    private final TemplateManagement templates;
    private final ScorecardTemplates templateVersions;
    private final PerformanceQueries facts;
    private final Attainment attainment;
    private final OrgDirectory org;
    private final PositionHolders holders;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    EvaluationManagement(Evaluations evaluations, TemplateManagement templates, ScorecardTemplates templateVersions,
            PerformanceQueries facts, Attainment attainment, OrgDirectory org, PositionHolders holders,
            CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
        this.evaluations = evaluations;
        this.templates = templates;
        this.templateVersions = templateVersions;
        this.facts = facts;
        this.attainment = attainment;
        this.org = org;
        this.holders = holders;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Evaluations in my scope, newest period first; optionally one person's history or one period. */
    @PreAuthorize("hasAuthority('targets:view')")
    public Page<EvaluationView> list(Long employeeId, String period, int page) {
        RecordScope s = currentUsers.scope();
        String label = period == null || period.isBlank() ? null : Period.parse(period).label();
        return evaluations.list(s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery(), employeeId,
                label, PageRequest.of(Math.max(page, 0), PAGE_SIZE)).map(Evaluation::view);
    }

    @PreAuthorize("hasAuthority('targets:view')")
    public EvaluationView get(Long id) {
        return visible(id, null).view();
    }

    /**
     * Scorecards of the period for everyone in the unit (default: the store I work in) and my scope who holds a position
     * with a template — new ones, or drafts recomputed; submitted ones stay as they are, and nobody scores themself.
     */
    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public List<EvaluationView> generate(String periodText, Long unitId) {
        Period period = Period.parse(periodText);
        Long storeId = currentUsers.requireStore();
        Long unit = unitId == null ? storeId : unitId;
        if (!org.storeOf(unit).map(storeId::equals).orElse(false)) {
            throw new DomainException("scorecards.unit-not-in-store");
        }
        RecordScope scope = currentUsers.scope();
        CurrentUser me = currentUsers.current();
        List<EvaluationView> done = new ArrayList<>();
        for (ScorecardTemplate template : templates.allCurrent()) {
            for (Long employeeId : holders.employeeIdsHolding(template.positionCode(), unit)) {
                if (!scope.permits(storeId, employeeId) || Objects.equals(employeeId, me.employeeId())) {
                    continue;
                }
                Evaluation evaluation = evaluations.findByEmployeeIdAndPeriodKindAndPeriodFrom(employeeId, period.kind(),
                        period.from()).orElse(null);
                if (evaluation != null && evaluation.status() != EvaluationStatus.DRAFT) {
                    continue;
                }
                if (evaluation == null) {
                    String name = org.employee(employeeId).map(EmployeeView::name).orElse(String.valueOf(employeeId));
                    evaluation = new Evaluation(employeeId, name, storeId, period);
                }
                evaluation.compute(template, measured(employeeId, period), me.displayName(), clock.instant());
                evaluation = evaluations.saveAndFlush(evaluation);
                audit.record(AuditRecord.of("scorecard-evaluation", evaluation.id(), "COMPUTE",
                        period.label() + " total " + evaluation.total()));
                done.add(evaluation.view());
            }
        }
        if (done.isEmpty()) {
            throw new DomainException("scorecards.nobody-to-evaluate");
        }
        return done;
    }

    /** Scores a draft again from today's facts with the current template of its position. */
    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public EvaluationView recompute(Long id, Long expectedVersion) {
        Evaluation evaluation = editable(id, expectedVersion);
        String position = templateVersions.findById(evaluation.view().templateId()).map(ScorecardTemplate::positionCode)
                .orElseThrow(() -> new DomainException("scorecards.template-missing"));
        ScorecardTemplate template = templates.currentOf(position)
                .orElseThrow(() -> new DomainException("scorecards.template-missing"));
        evaluation.compute(template, measured(evaluation.employeeId(), evaluation.period()),
                currentUsers.current().displayName(), clock.instant());
        audit.record(AuditRecord.of("scorecard-evaluation", id, "COMPUTE", "total " + evaluation.total()));
        return evaluations.saveAndFlush(evaluation).view();
    }

    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public EvaluationView enterManual(Long id, Map<Indicator, BigDecimal> scores, String comment, Long expectedVersion) {
        Evaluation evaluation = editable(id, expectedVersion);
        BigDecimal before = evaluation.total();
        evaluation.enterManual(scores == null ? Map.of() : scores, comment);
        audit.record(AuditRecord.of("scorecard-evaluation", id, "MANUAL_SCORES", scores == null ? null : scores.toString(),
                com.autosales.audit.FieldChange.of("total", before, evaluation.total())));
        return evaluations.saveAndFlush(evaluation).view();
    }

    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public EvaluationView submit(Long id, Long expectedVersion) {
        Evaluation evaluation = editable(id, expectedVersion);
        evaluation.submit(currentUsers.current().displayName(), clock.instant());
        audit.record(AuditRecord.of("scorecard-evaluation", id, "SUBMIT", "total " + evaluation.total()));
        return evaluations.saveAndFlush(evaluation).view();
    }

    /** 确认: only the evaluated employee, once the manager submitted it. */
    @Transactional
    @PreAuthorize("hasAuthority('targets:view')")
    public EvaluationView acknowledge(Long id, String comment) {
        Evaluation evaluation = visible(id, null);
        if (!Objects.equals(currentUsers.current().employeeId(), evaluation.employeeId())) {
            throw new DomainException("scorecards.only-employee");
        }
        evaluation.acknowledge(comment, clock.instant());
        audit.record(AuditRecord.of("scorecard-evaluation", id, "ACKNOWLEDGE", comment));
        return evaluations.saveAndFlush(evaluation).view();
    }

    /** Whether the reader is the evaluated employee (may acknowledge). */
    public boolean isMine(EvaluationView evaluation) {
        return currentUsers.find().map(u -> Objects.equals(u.employeeId(), evaluation.employeeId())).orElse(false);
    }

    private Map<Indicator, BigDecimal> measured(Long employeeId, Period period) {
        Map<PerformanceMetric, Figure> results = facts.ofEmployees(List.of(employeeId), period.from(), period.to());
        BigDecimal attained = attainment.ofEmployee(employeeId, PerformanceMetric.DELIVERIES, period.from(), period.to())
                .percent();
        Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            BigDecimal value = indicator.valueFrom(results, attained);
            if (value != null) {
                values.put(indicator, value);
            }
        }
        return values;
    }

    private Evaluation editable(Long id, Long expectedVersion) {
        Evaluation evaluation = visible(id, expectedVersion);
        if (Objects.equals(currentUsers.current().employeeId(), evaluation.employeeId())) {
            throw new DomainException("scorecards.own-evaluation");
        }
        return evaluation;
    }

    private Evaluation visible(Long id, Long expectedVersion) {
        RecordScope s = currentUsers.scope();
        Evaluation evaluation = evaluations.findVisible(id, s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery()).orElseThrow(() -> new RecordNotFoundException("scorecard-evaluation", id));
        if (expectedVersion != null && expectedVersion != evaluation.version()) {
            throw new ConcurrentChangeException();
        }
        return evaluation;
    }
}
