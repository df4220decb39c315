package com.autosales.meetings;

import com.autosales.reports.Headline;
import com.autosales.reports.PeriodKind;
import com.autosales.reports.Report;
import com.autosales.reports.ReportDocuments;
import com.autosales.reports.Reports;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prepares a meeting's figures from the report centre: the sales summary of the period the meeting reviews, in the
 * reader's scope, as a PDF plus its headline figures. In a transaction of its own, so a report that fails cannot
 * spoil the meeting being saved: the meeting is then kept without a pack.
 */
@Component
class FiguresPack {

    static final String REPORT = "sales-summary";
    private static final Logger log = LoggerFactory.getLogger(FiguresPack.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Reports reports;
    private final ReportDocuments documents;

    FiguresPack(Reports reports, ReportDocuments documents) {
        this.reports = reports;
        this.documents = documents;
    }

    record Content(String reportCode, PeriodKind periodKind, LocalDate periodStart, String headlinesJson, byte[] pdf) {
    }

    /** A headline as stored with the pack: its label key, kind and value, formatted when shown. */
    record StoredHeadline(String labelKey, String kind, String value) {
    }

    /** The pack, or empty when the report is not available (not defined yet, not allowed, or failing). */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<Content> generate(MeetingKind kind, LocalDate heldOn, Locale locale) {
        if (reports.available().stream().noneMatch(d -> REPORT.equals(d.code()))) {
            return Optional.empty();
        }
        Report report = reports.run(REPORT, kind.packPeriod(), kind.reviewedDay(heldOn));
        return Optional.of(new Content(REPORT, report.period().kind(), report.period().start(),
                headlines(report.headlines()), documents.pdf(report, locale)));
    }

    private static String headlines(List<Headline> headlines) {
        List<Map<String, String>> stored = headlines.stream().map(h -> {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("labelKey", h.labelKey());
            one.put("kind", h.kind().name());
            one.put("value", h.value() == null ? null : String.valueOf(valueOf(h.value())));
            return one;
        }).toList();
        return JSON.writeValueAsString(stored);
    }

    private static Object valueOf(Object value) {
        return value instanceof com.autosales.shared.Money money ? money.amount() : value;
    }

    static List<StoredHeadline> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(json, StoredHeadline[].class));
        } catch (RuntimeException e) {
            log.warn("Unreadable meeting pack headlines: {}", e.getMessage());
            return List.of();
        }
    }
}
