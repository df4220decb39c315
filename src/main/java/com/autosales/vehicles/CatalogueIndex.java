package com.autosales.vehicles;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole (small) catalogue's brands, series and models by id, read once per request to name trims. */
record CatalogueIndex(Map<Long, Brand> brands, Map<Long, VehicleSeries> series, Map<Long, VehicleModel> models) {

    static CatalogueIndex of(List<Brand> brands, List<VehicleSeries> series, List<VehicleModel> models) {
        return new CatalogueIndex(byId(brands, Brand::id), byId(series, VehicleSeries::id), byId(models, VehicleModel::id));
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, r -> r));
    }

    /** "大众 途观L 2025款 330TSI 两驱 · 智享版" (in English the brand and series in English). */
    String label(Trim trim, Locale locale) {
        VehicleModel model = models.get(trim.modelId());
        VehicleSeries s = series.get(model.seriesId());
        Brand b = brands.get(s.brandId());
        return b.name().in(locale) + " " + s.name().in(locale) + " " + model.name() + " · " + trim.name();
    }

    /** A model's name ("2025款 330TSI"). */
    String modelName(Long modelId) {
        return models.get(modelId).name();
    }

    /** The brand and series a model belongs to ("大众 途观L"). */
    String brandSeriesOf(Long modelId, Locale locale) {
        return seriesLabel(models.get(modelId).seriesId(), locale);
    }

    /** Models in catalogue order: by brand, series, then as they were added. */
    Comparator<Long> modelOrder() {
        return Comparator.<Long, Long>comparing(id -> series.get(models.get(id).seriesId()).brandId())
                .thenComparing(id -> models.get(id).seriesId()).thenComparing(id -> id);
    }

    String seriesLabel(Long seriesId, Locale locale) {
        VehicleSeries s = series.get(seriesId);
        return brands.get(s.brandId()).name().in(locale) + " " + s.name().in(locale);
    }
}
