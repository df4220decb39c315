package com.autosales.leads;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The result of a follow-up: channel, what was said, the (new) level and optionally when to call next. */
public record FollowUpResult(@NotNull FollowUpChannel channel, @NotBlank @Size(max = 500) String summary,
        @NotNull LeadLevel level, LocalDate nextDate) {

    public static FollowUpResult blank(LeadLevel level) {
        return new FollowUpResult(FollowUpChannel.PHONE, null, level, null);
    }
}
