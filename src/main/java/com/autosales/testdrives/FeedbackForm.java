package com.autosales.testdrives;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 试驾反馈 — what the customer liked, their concerns, a score from 1 to 5. */
record FeedbackForm(
        @Size(max = 500, message = "{testdrives.invalid.length}") String liked,
        @Size(max = 500, message = "{testdrives.invalid.length}") String concerns,
        @NotNull(message = "{testdrives.invalid.score}") @Min(value = 1, message = "{testdrives.invalid.score}")
        @Max(value = 5, message = "{testdrives.invalid.score}") Integer score,
        Long version) {

    FeedbackForm {
        liked = CarForm.clean(liked);
        concerns = CarForm.clean(concerns);
    }

    static FeedbackForm blank(long version) {
        return new FeedbackForm(null, null, null, version);
    }
}
