package com.autosales.surveys;

import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Satisfaction surveys over the API, with the pages' permissions and scope. */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Satisfaction surveys")
@RequiresPermission("service:view")
class SurveyRestController {

    private final SurveyManagement surveys;

    SurveyRestController(SurveyManagement surveys) {
        this.surveys = surveys;
    }

    @GetMapping
    @Operation(summary = "Surveys in my scope of a status (default SCHEDULED), first due first; dueOnly = due by today")
    PageResponse<SurveyView> list(@RequestParam(required = false) SurveyStatus status,
            @RequestParam(defaultValue = "false") boolean dueOnly, @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(surveys.list(status, dueOnly, page));
    }

    @GetMapping("/averages")
    @Operation(summary = "Average scores (1–5) per consultant and topic over the last 90 days")
    List<ScoreAverage> averages() {
        return surveys.averages();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A survey in my scope (404 elsewhere)")
    SurveyView get(@PathVariable Long id) {
        return surveys.get(id);
    }

    @PostMapping("/{id}/answers")
    @RequiresPermission("service:edit")
    @Operation(summary = "Record the customer's scores (each 1–5) and comment; optional version for optimistic locking")
    SurveyView answer(@PathVariable Long id, @RequestParam(required = false) Long version,
            @Valid @RequestBody SurveyAnswers answers) {
        return surveys.answer(id, version, answers);
    }

    @PostMapping("/{id}/not-reached")
    @RequiresPermission("service:edit")
    @Operation(summary = "The customer was not reached: tried again tomorrow, closed after three attempts")
    SurveyView notReached(@PathVariable Long id, @RequestParam(required = false) Long version) {
        return surveys.notReached(id, version);
    }
}
