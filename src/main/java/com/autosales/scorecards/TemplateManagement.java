package com.autosales.scorecards;

import com.autosales.access.CurrentUsers;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.org.PositionDirectory;
import com.autosales.org.PositionDirectory.PositionSummary;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 考核模板: the current scorecard of each position, edited by those who set targets, audited, versioned once used. */
@Service
@Transactional(readOnly = true)
public class TemplateManagement {

    private final ScorecardTemplates templates;
    private final Evaluations evaluations;
    private final PositionDirectory positions;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    TemplateManagement(ScorecardTemplates templates, Evaluations evaluations, PositionDirectory positions,
            CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
        this.templates = templates;
        this.evaluations = evaluations;
        this.positions = positions;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('targets:view')")
    public List<TemplateView> current() {
        Map<String, String> names = positions.all().stream()
                .collect(Collectors.toMap(PositionSummary::code, PositionSummary::name, (a, b) -> a));
        return templates.findByCurrentTrueOrderByPositionCode().stream()
                .map(t -> t.view(names.getOrDefault(t.positionCode(), t.positionCode()))).toList();
    }

    /** The current template of a position; 404 for an unknown position, empty when it has none yet. */
    @PreAuthorize("hasAuthority('targets:view')")
    public Optional<TemplateView> ofPosition(String positionCode) {
        PositionSummary position = position(positionCode);
        return templates.findByPositionCodeAndCurrentTrue(positionCode).map(t -> t.view(position.name()));
    }

    @PreAuthorize("hasAuthority('targets:view')")
    public List<PositionSummary> positions() {
        return positions.all();
    }

    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public TemplateView save(String positionCode, TemplateForm form) {
        PositionSummary position = position(positionCode);
        if (form == null || form.name() == null || form.name().isBlank()) {
            throw new DomainException("scorecards.name-required");
        }
        List<TemplateLine> lines = lines(form.lines());
        Scoring.requireValid(lines);
        String me = currentUsers.current().displayName();
        Optional<ScorecardTemplate> existing = templates.findByPositionCodeAndCurrentTrue(positionCode);
        if (existing.isPresent() && form.version() != null && form.version() != existing.get().version()) {
            throw new ConcurrentChangeException();
        }
        String name = form.name().strip();
        ScorecardTemplate saved;
        if (existing.isEmpty()) {
            saved = templates.saveAndFlush(new ScorecardTemplate(positionCode, 1, name, lines, me, clock.instant()));
            audit.record(AuditRecord.of("scorecard-template", saved.id(), "CREATE", positionCode + " v1",
                    FieldChange.of("template", null, saved.describe())));
        } else if (evaluations.existsByTemplateIdAndStatusNot(existing.get().id(), EvaluationStatus.DRAFT)) {
            ScorecardTemplate old = existing.get();
            String before = old.describe();
            old.supersede();
            templates.saveAndFlush(old);
            saved = templates.saveAndFlush(new ScorecardTemplate(positionCode, old.versionNo() + 1, name, lines, me,
                    clock.instant()));
            audit.record(AuditRecord.of("scorecard-template", saved.id(), "NEW_VERSION",
                    positionCode + " v" + saved.versionNo(), FieldChange.of("template", before, saved.describe())));
        } else {
            saved = existing.get();
            String before = saved.describe();
            saved.change(name, lines, me, clock.instant());
            templates.saveAndFlush(saved);
            audit.record(AuditRecord.of("scorecard-template", saved.id(), "UPDATE", positionCode + " v" + saved.versionNo(),
                    FieldChange.of("template", before, saved.describe())));
        }
        return saved.view(position.name());
    }

    Optional<ScorecardTemplate> currentOf(String positionCode) {
        return templates.findByPositionCodeAndCurrentTrue(positionCode);
    }

    List<ScorecardTemplate> allCurrent() {
        return templates.findByCurrentTrueOrderByPositionCode();
    }

    private PositionSummary position(String positionCode) {
        return positions.byCode(positionCode).orElseThrow(() -> new RecordNotFoundException("position", positionCode));
    }

    private static List<TemplateLine> lines(List<TemplateForm.Line> submitted) {
        List<TemplateLine> lines = new ArrayList<>();
        for (TemplateForm.Line l : submitted == null ? List.<TemplateForm.Line>of() : submitted) {
            if (l == null || l.indicator() == null) {
                throw new DomainException("scorecards.indicator-required");
            }
            if (l.weight() == null) {
                throw new DomainException("scorecards.weight-invalid", l.indicator().label());
            }
            RuleKind kind = l.rule() == null ? RuleKind.LINEAR_TO_CAP : l.rule();
            ScoringRule rule = l.indicator().manual() ? ScoringRule.linear(Scoring.MAX_MANUAL)
                    : new ScoringRule(kind, l.cap(), l.thresholds());
            rule.validate(l.indicator());
            lines.add(new TemplateLine(l.indicator(), l.weight(), l.target(), rule));
        }
        return lines;
    }
}
