package com.autosales.surveys;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The customer's scores, 1 (very unhappy) to 5 (very happy), per topic, and what they said. */
public record SurveyAnswers(@NotNull @Min(1) @Max(5) Integer overall, @NotNull @Min(1) @Max(5) Integer consultant,
        @NotNull @Min(1) @Max(5) Integer process, @NotNull @Min(1) @Max(5) Integer vehicle,
        @Size(max = 500) String comment) {

    public static SurveyAnswers blank() {
        return new SurveyAnswers(null, null, null, null, null);
    }
}
