package com.autosales.vehicles;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the readers' view of models: trims with colours, options and the day's price, and the series' packages. */
final class CatalogueModels {

    private final CatalogueIndex index;
    private final Trims trims;
    private final AccessoryPackages packages;
    private final CataloguePricing pricing;
    private final boolean withCost;
    private final LocalDate day;

    CatalogueModels(CatalogueIndex index, Trims trims, AccessoryPackages packages, CataloguePricing pricing,
            boolean withCost, LocalDate day) {
        this.index = index;
        this.trims = trims;
        this.packages = packages;
        this.pricing = pricing;
        this.withCost = withCost;
        this.day = day;
    }

    List<CatalogueModel> of(List<VehicleModel> models, Locale locale) {
        List<Trim> allTrims = trims.findByModelIdInOrderByModelIdAscIdAsc(models.stream().map(VehicleModel::id).toList());
        Map<Long, TrimPrice> trimPrices = pricing.pricesOn(PricedItem.TRIM, allTrims.stream().map(Trim::id).toList(), day);
        List<AccessoryPackage> allPackages = packages.findBySeriesIdInOrderByIdAsc(
                models.stream().map(VehicleModel::seriesId).distinct().toList());
        Map<Long, TrimPrice> packagePrices = pricing.pricesOn(PricedItem.PACKAGE,
                allPackages.stream().map(AccessoryPackage::id).toList(), day);
        Map<Long, List<CatalogueModel.PackageView>> packagesBySeries = allPackages.stream()
                .filter(AccessoryPackage::active)
                .collect(Collectors.groupingBy(AccessoryPackage::seriesId, Collectors.mapping(
                        p -> pack(p, packagePrices.get(p.id())), Collectors.toList())));
        return models.stream().map(m -> {
            VehicleSeries s = index.series().get(m.seriesId());
            List<CatalogueModel.TrimView> trimViews = allTrims.stream().filter(t -> t.modelId().equals(m.id()))
                    .map(t -> trim(t, trimPrices.get(t.id()))).toList();
            return new CatalogueModel(m.id(), s.brandId(), index.brands().get(s.brandId()).name().in(locale), s.id(),
                    s.name().in(locale), m.name(), m.modelYear(), trimViews, packagesBySeries.getOrDefault(s.id(), List.of()));
        }).toList();
    }

    private CatalogueModel.TrimView trim(Trim t, TrimPrice price) {
        List<CatalogueModel.OptionView> options = t.options().stream()
                .map(o -> new CatalogueModel.OptionView(o.name(), o.price())).toList();
        return new CatalogueModel.TrimView(t.id(), t.name(), t.active(), t.colours(ColourKind.EXTERIOR),
                t.colours(ColourKind.INTERIOR), options, price == null ? null : price.price(),
                price == null || !withCost ? null : price.cost(), price == null ? null : price.validFrom());
    }

    private CatalogueModel.PackageView pack(AccessoryPackage p, TrimPrice price) {
        return new CatalogueModel.PackageView(p.id(), p.name(), p.description(), price == null ? null : price.price(),
                price == null || !withCost ? null : price.cost());
    }
}
