package com.autosales.reports;

import java.util.List;

/**
 * One report, defined in code: its code (the URL), title, the permission to read it, the period lengths it offers,
 * and how it computes its figures within the request's scope.
 */
public interface ReportDefinition {

    String code();

    String titleKey();

    String descriptionKey();

    /** The permission needed besides {@code reports:view}, or {@code null}. */
    default String extraAuthority() {
        return null;
    }

    default List<PeriodKind> periodKinds() {
        return List.of(PeriodKind.MONTH);
    }

    /** Catalogue order. */
    int order();

    Report run(ReportRequest request);
}
