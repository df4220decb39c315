package com.autosales.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Date and time formatting for templates ({@code ${@fmt.dateTime(x)}}), in the dealership's time zone. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;

    Formats(Clock clock) {
        this.clock = clock;
    }

    /** The count cap of a list counted only so far ({@link CappedPage}) when it has more rows, else null. */
    public Long cappedAt(org.springframework.data.domain.Page<?> page) {
        return page instanceof CappedPage<?> capped && capped.isCapped() ? capped.getCap() : null;
    }

    /** The server's "now" in epoch milliseconds, so countdowns in the page do not trust the phone's clock. */
    public long nowMillis() {
        return clock.millis();
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.withZone(clock.getZone()).format(instant);
    }

    /** The value of a {@code datetime-local} input: local date and time to the minute. */
    public String localInput(Instant instant) {
        return instant == null ? "" : LOCAL_INPUT.withZone(clock.getZone()).format(instant);
    }

    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.withZone(clock.getZone()).format(instant);
    }
}
