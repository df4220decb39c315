package com.autosales.surveys;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回访调查 — customer service's survey calls: what is due (and overdue), recording the scores, a call that did not get
 * through (tried again the next day, closed after three), and the average scores per consultant and topic.
 */
@Service
@Transactional(readOnly = true)
public class SurveyManagement {

    static final int PAGE_SIZE = 20;
    /** The period the averages look back over. */
    static final int AVERAGE_DAYS = 90;
    /** "Due by" when every survey of the status is wanted (a bound PostgreSQL can type, unlike a null). */
    private static final LocalDate NO_END = LocalDate.of(9999, 12, 31);

    private final Surveys surveys;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurveyManagement(Surveys surveys, CurrentUsers currentUsers, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.surveys = surveys;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Scheduled surveys due by today (with {@code dueOnly}) or all of a status, first due first. */
    @PreAuthorize("hasAuthority('service:view')")
    public Page<SurveyView> list(SurveyStatus status, boolean dueOnly, int page) {
        RecordScope s = currentUsers.scope();
        LocalDate today = LocalDate.now(clock);
        return surveys.list(s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery(),
                        status == null ? SurveyStatus.SCHEDULED : status, dueOnly ? today : NO_END,
                        PageRequest.of(Math.max(page, 0), PAGE_SIZE))
                .map(v -> v.view(today));
    }

    @PreAuthorize("hasAuthority('service:view')")
    public SurveyView get(Long id) {
        return visible(id).view(LocalDate.now(clock));
    }

    @Transactional
    @PreAuthorize("hasAuthority('service:edit')")
    public SurveyView answer(Long id, Long expectedVersion, SurveyAnswers answers) {
        Survey survey = visible(id, expectedVersion);
        CurrentUser me = currentUsers.current();
        survey.answer(answers, me.displayName(), clock.instant());
        audit.record(AuditRecord.of("survey", id, "ANSWERED", "overall " + answers.overall()));
        SurveyView view = survey.view(LocalDate.now(clock));
        events.publishEvent(new SurveyAnswered(id, view.occasion(), view.referenceId(), view.storeId(),
                survey.subjectEmployeeId(), answers.overall(), LocalDate.now(clock)));
        return view;
    }

    @Transactional
    @PreAuthorize("hasAuthority('service:edit')")
    public SurveyView notReached(Long id, Long expectedVersion) {
        Survey survey = visible(id, expectedVersion);
        survey.notReached(currentUsers.current().displayName(), clock.instant(), LocalDate.now(clock));
        audit.record(AuditRecord.of("survey", id, "NOT_REACHED", null));
        return survey.view(LocalDate.now(clock));
    }

    /** Average scores per consultant over the last {@value #AVERAGE_DAYS} days, best first. */
    @PreAuthorize("hasAuthority('service:view')")
    public List<ScoreAverage> averages() {
        RecordScope s = currentUsers.scope();
        return surveys.averages(s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery(),
                clock.instant().minus(AVERAGE_DAYS, ChronoUnit.DAYS)).stream().map(ScoreAverage::of).toList();
    }

    private Survey visible(Long id, Long expectedVersion) {
        Survey survey = visible(id);
        if (expectedVersion != null && survey.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return survey;
    }

    private Survey visible(Long id) {
        RecordScope s = currentUsers.scope();
        return surveys.findVisible(id, s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery())
                .orElseThrow(() -> new RecordNotFoundException("survey", id));
    }
}
