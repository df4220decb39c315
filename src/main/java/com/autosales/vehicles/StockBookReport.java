package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 库存台账 — builds the stock book of a period for the reader's stores (the page, the API and the export share it). */
@Service
@Transactional(readOnly = true)
class StockBookReport {

    private final StockBookQueries queries;
    private final VehicleCatalogue catalogue;
    private final StockStores stores;
    private final CostVisibility costs;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    StockBookReport(StockBookQueries queries, VehicleCatalogue catalogue, StockStores stores, CostVisibility costs,
            CurrentUsers currentUsers, Clock clock) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.stores = stores;
        this.costs = costs;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    StockBook book(BookPeriod period) {
        RecordScope scope = currentUsers.scope();
        ZoneId zone = clock.getZone();
        boolean reconciling = period.reaches(today());
        Map<Long, BookTally> tallies = new HashMap<>();
        queries.sums(scope, null, period.start(zone)).forEach(s -> tally(tallies, s.modelId()).before(s.kind(), s.figure()));
        queries.sums(scope, period.start(zone), period.end(zone))
                .forEach(s -> tally(tallies, s.modelId()).during(s.kind(), s.figure()));
        if (reconciling) {
            queries.onBookNow(scope).forEach((model, figure) -> tally(tallies, model).onBookNow(figure));
        }
        Locale locale = LocaleContextHolder.getLocale();
        CatalogueIndex index = catalogue.index();
        boolean withCost = costs.readerMaySeeCost();
        Map<String, List<StockBook.Row>> groups = new LinkedHashMap<>();
        BookTally total = new BookTally();
        tallies.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .sorted(Map.Entry.comparingByKey(index.modelOrder())).forEach(e -> {
                    groups.computeIfAbsent(index.brandSeriesOf(e.getKey(), locale), g -> new ArrayList<>())
                            .add(e.getValue().row(e.getKey(), index.modelName(e.getKey()), withCost, reconciling));
                    total.add(e.getValue());
                });
        List<StockBook.Group> grouped = groups.entrySet().stream()
                .map(g -> new StockBook.Group(g.getKey(), g.getValue())).toList();
        return new StockBook(period.from(), period.to(), withCost, reconciling, grouped,
                total.row(null, null, withCost, reconciling), documents(scope, period, withCost, locale));
    }

    private List<StockBook.Line> documents(RecordScope scope, BookPeriod period, boolean withCost, Locale locale) {
        Map<Long, String> trims = catalogue.allTrims(locale).stream()
                .collect(Collectors.toMap(TrimSummary::id, TrimSummary::label));
        Map<Long, String> storeNames = stores.names();
        ZoneId zone = clock.getZone();
        return queries.documents(scope, period.start(zone), period.end(zone)).stream()
                .map(d -> new StockBook.Line(d.at(), d.kind(), d.document(), d.vehicleId(), d.vin(), trims.get(d.trimId()),
                        d.exteriorColour(), d.interiorColour(), storeNames.get(d.storeId()),
                        d.counterpartStoreId() == null ? null : storeNames.get(d.counterpartStoreId()), d.by(), d.note(),
                        withCost ? d.purchaseCost() : null,
                        scope.allStores() || scope.storeIds().contains(d.vehicleStoreId())))
                .toList();
    }

    private static BookTally tally(Map<Long, BookTally> tallies, Long modelId) {
        return tallies.computeIfAbsent(modelId, m -> new BookTally());
    }
}
