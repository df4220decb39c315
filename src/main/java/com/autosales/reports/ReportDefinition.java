package com.autosales.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * One report, defined in code: its code (the URL), title, the permission to read it, the period lengths it offers,
 * and how it computes its figures within the request's scope.
 */
public interface ReportDefinition {

    ReportEntry entry();

    default String code() {
        return entry().code();
    }

    default String titleKey() {
        return entry().titleKey();
    }

    default String descriptionKey() {
        return entry().descriptionKey();
    }

    /** The permission needed besides {@code reports:view}, or {@code null}. */
    default String extraAuthority() {
        return null;
    }

    default List<PeriodKind> periodKinds() {
        return List.of(PeriodKind.MONTH);
    }

    /** The day whose period a request without a date shows (a morning meeting looks at yesterday). */
    default LocalDate defaultDay(LocalDate today) {
        return today;
    }

    /** Catalogue order. */
    default int order() {
        return entry().order();
    }

    Report run(ReportRequest request);
}
