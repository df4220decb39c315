package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.shared.DomainException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 周库存报表 — builds the weekly stock report as of a day for the reader's stores (page, API and export share it). */
@Service
@Transactional(readOnly = true)
class WeeklyStockReport {

    private final StockReportQueries queries;
    private final StockBookQueries bookQueries;
    private final VehicleCatalogue catalogue;
    private final CostVisibility costs;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    WeeklyStockReport(StockReportQueries queries, StockBookQueries bookQueries, VehicleCatalogue catalogue,
            CostVisibility costs, CurrentUsers currentUsers, Clock clock) {
        this.queries = queries;
        this.bookQueries = bookQueries;
        this.catalogue = catalogue;
        this.costs = costs;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The report as of the end of a day (today or earlier). */
    StockReport asOf(LocalDate day) {
        if (day.isAfter(today())) {
            throw new DomainException("vehicles.report.as-of-future", day);
        }
        RecordScope scope = currentUsers.scope();
        List<StockReportQueries.Standing> standing = queries.standingBefore(scope,
                day.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        CatalogueIndex index = catalogue.index();
        Locale locale = LocaleContextHolder.getLocale();
        boolean withCost = costs.readerMaySeeCost();
        Map<Long, Map<String, Map<StockStatus, Long>>> stock = new TreeMap<>(index.modelOrder());
        Map<StockStatus, Long> stockTotal = statusCounts();
        Map<Long, Map<AgeBucket, BookFigure>> ageing = new TreeMap<>(index.modelOrder());
        Map<AgeBucket, BookFigure> ageingTotal = bucketFigures();
        for (StockReportQueries.Standing v : standing) {
            stock.computeIfAbsent(v.modelId(), m -> new TreeMap<>()).computeIfAbsent(v.colour(), c -> statusCounts())
                    .merge(v.status(), 1L, Long::sum);
            stockTotal.merge(v.status(), 1L, Long::sum);
            if (v.status().ages() && v.arrivalDate() != null) {
                AgeBucket bucket = AgeBucket.of(ChronoUnit.DAYS.between(v.arrivalDate(), day));
                BookFigure one = new BookFigure(1, v.cost());
                ageing.computeIfAbsent(v.modelId(), m -> bucketFigures()).merge(bucket, one, BookFigure::plus);
                ageingTotal.merge(bucket, one, BookFigure::plus);
            }
        }
        List<StockReport.StockLine> stockLines = new ArrayList<>();
        stock.forEach((model, colours) -> colours.forEach((colour, counts) -> stockLines.add(
                stockLine(index.brandSeriesOf(model, locale), index.modelName(model), colour, counts))));
        List<StockReport.AgeingLine> ageingLines = new ArrayList<>();
        ageing.forEach((model, buckets) -> ageingLines.add(
                ageingLine(index.brandSeriesOf(model, locale), index.modelName(model), buckets, withCost)));
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<BookKind, Long> week = weekOf(scope, monday);
        return new StockReport(day, monday, monday.plusDays(6), withCost, stockLines,
                stockLine(null, null, null, stockTotal), ageingLines, ageingLine(null, null, ageingTotal, withCost), week,
                BookKind.inbounds().stream().mapToLong(week::get).sum(),
                BookKind.outbounds().stream().mapToLong(week::get).sum());
    }

    /** The documents of the week from Monday to Sunday, by kind. */
    private Map<BookKind, Long> weekOf(RecordScope scope, LocalDate monday) {
        ZoneId zone = clock.getZone();
        Map<BookKind, Long> week = new EnumMap<>(BookKind.class);
        for (BookKind kind : BookKind.values()) {
            week.put(kind, 0L);
        }
        bookQueries.sums(scope, monday.atStartOfDay(zone).toInstant(), monday.plusDays(7).atStartOfDay(zone).toInstant())
                .forEach(s -> week.merge(s.kind(), s.figure().units(), Long::sum));
        return week;
    }

    private static StockReport.StockLine stockLine(String brandSeries, String model, String colour,
            Map<StockStatus, Long> counts) {
        long standing = StockReportQueries.STANDING.stream().mapToLong(counts::get).sum();
        return new StockReport.StockLine(brandSeries, model, colour, counts, standing);
    }

    private static StockReport.AgeingLine ageingLine(String brandSeries, String model, Map<AgeBucket, BookFigure> buckets,
            boolean withCost) {
        Map<AgeBucket, BookFigure> shown = new EnumMap<>(AgeBucket.class);
        buckets.forEach((bucket, figure) -> shown.put(bucket, figure.shownTo(withCost)));
        BookFigure total = buckets.values().stream().reduce(BookFigure.ZERO, BookFigure::plus);
        return new StockReport.AgeingLine(brandSeries, model, shown, total.shownTo(withCost));
    }

    private static Map<StockStatus, Long> statusCounts() {
        Map<StockStatus, Long> counts = new EnumMap<>(StockStatus.class);
        StockReportQueries.REPORTED.forEach(s -> counts.put(s, 0L));
        return counts;
    }

    private static Map<AgeBucket, BookFigure> bucketFigures() {
        Map<AgeBucket, BookFigure> figures = new EnumMap<>(AgeBucket.class);
        for (AgeBucket bucket : AgeBucket.values()) {
            figures.put(bucket, BookFigure.ZERO);
        }
        return figures;
    }
}
