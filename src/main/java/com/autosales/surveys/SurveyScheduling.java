package com.autosales.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other modules: schedule the survey of a delivery (once per record — asking again returns the one scheduled) and
 * read it back for the record's page, which has already checked that its reader may see the record.
 */
@Service
@Transactional
public class SurveyScheduling {

    private final Surveys surveys;
    private final Clock clock;

    SurveyScheduling(Surveys surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    public SurveyView schedule(SurveyRequest request) {
        Survey survey = surveys.findByOccasionAndReferenceId(request.occasion(), request.referenceId())
                .orElseGet(() -> save(request));
        return survey.view(LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public Optional<SurveyView> of(SurveyOccasion occasion, Long referenceId) {
        return surveys.findByOccasionAndReferenceId(occasion, referenceId).map(s -> s.view(LocalDate.now(clock)));
    }

    private Survey save(SurveyRequest request) {
        try {
            return surveys.saveAndFlush(new Survey(request, clock.instant()));
        } catch (DataIntegrityViolationException scheduledMeanwhile) {
            throw new com.autosales.shared.ConcurrentChangeException();
        }
    }
}
