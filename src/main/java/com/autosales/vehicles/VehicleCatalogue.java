package com.autosales.vehicles;

import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 车型目录 — the dealer group's catalogue (the same for every store): brands, series, models, trims with colours and
 * options, accessory packages, and the price valid on a day. Module API: a quote asks {@link #priceOn} for its date.
 * Costs reach only readers allowed to see them ({@link CostVisibility}); {@link #priceOn} always carries the cost,
 * the caller decides whom to show it.
 */
@Service
@Transactional(readOnly = true)
public class VehicleCatalogue {

    private final Brands brands;
    private final SeriesRepository series;
    private final VehicleModels models;
    private final Trims trims;
    private final AccessoryPackages packages;
    private final CataloguePricing pricing;
    private final CostVisibility costs;
    private final Clock clock;

    VehicleCatalogue(Brands brands, SeriesRepository series, VehicleModels models, Trims trims,
            AccessoryPackages packages, CataloguePricing pricing, CostVisibility costs, Clock clock) {
        this.brands = brands;
        this.series = series;
        this.models = models;
        this.trims = trims;
        this.packages = packages;
        this.pricing = pricing;
        this.costs = costs;
        this.clock = clock;
    }

    /** The MSRP (指导价) and cost of a trim valid on a day; empty when the trim had no price then. */
    public Optional<TrimPrice> priceOn(Long trimId, LocalDate day) {
        return pricing.priceOn(PricedItem.TRIM, trimId, day);
    }

    /** The price and cost of an accessory package valid on a day. */
    public Optional<TrimPrice> packagePriceOn(Long packageId, LocalDate day) {
        return pricing.priceOn(PricedItem.PACKAGE, packageId, day);
    }

    /** A trim by id with its label and colours; 404 when unknown. */
    public TrimSummary trim(Long trimId, Locale locale) {
        Trim trim = trims.findById(trimId).orElseThrow(() -> new RecordNotFoundException("vehicle-trim", trimId));
        return summary(trim, index(), locale);
    }

    /** Every trim, labelled, in catalogue order: for pickers. */
    public List<TrimSummary> allTrims(Locale locale) {
        CatalogueIndex index = index();
        return trims.findAll().stream().map(t -> summary(t, index, locale))
                .sorted(Comparator.comparing(TrimSummary::label)).toList();
    }

    /** The brand → series navigation. */
    List<CatalogueTree> tree(Locale locale) {
        Map<Long, Long> modelsPerSeries = models.findAll().stream()
                .collect(Collectors.groupingBy(VehicleModel::seriesId, Collectors.counting()));
        List<VehicleSeries> allSeries = series.findAllByOrderByBrandIdAscIdAsc();
        return brands.findAllByOrderByIdAsc().stream().map(b -> new CatalogueTree(b.id(), b.name().in(locale),
                allSeries.stream().filter(s -> s.brandId().equals(b.id()))
                        .map(s -> new CatalogueTree.Node(s.id(), s.name().in(locale), modelsPerSeries.getOrDefault(s.id(), 0L)))
                        .toList())).toList();
    }

    /** The models of one series (or of all with {@code null}) with trims, today's prices and packages. */
    public List<CatalogueModel> models(Long seriesId, Locale locale) {
        List<Long> seriesIds = seriesId == null ? series.findAll().stream().map(VehicleSeries::id).toList() : List.of(seriesId);
        if (seriesIds.isEmpty()) {
            return List.of();
        }
        return new CatalogueModels(index(), trims, packages, pricing, costs.readerMaySeeCost(), LocalDate.now(clock))
                .of(models.findBySeriesIdInOrderBySeriesIdAscModelYearDescNameAsc(seriesIds), locale);
    }

    /** A trim's price rows, oldest first, costs only for readers who may see them. */
    public List<TrimPrice> priceHistory(Long trimId) {
        boolean withCost = costs.readerMaySeeCost();
        return pricing.history(PricedItem.TRIM, trimId).stream().map(p -> withCost ? p : p.withoutCost()).toList();
    }

    List<TrimPrice> packagePriceHistory(Long packageId) {
        boolean withCost = costs.readerMaySeeCost();
        return pricing.history(PricedItem.PACKAGE, packageId).stream().map(p -> withCost ? p : p.withoutCost()).toList();
    }

    /** The trim's colours and options as the edit form shows them. */
    OfferForm offerOf(Long trimId) {
        return trims.findById(trimId).map(OfferText::of).orElseThrow(() -> new RecordNotFoundException("vehicle-trim", trimId));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    CatalogueIndex index() {
        return CatalogueIndex.of(brands.findAll(), series.findAll(), models.findAll());
    }

    private static TrimSummary summary(Trim t, CatalogueIndex index, Locale locale) {
        return new TrimSummary(t.id(), t.modelId(), index.label(t, locale), t.colours(ColourKind.EXTERIOR),
                t.colours(ColourKind.INTERIOR), t.active());
    }
}
