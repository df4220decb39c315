package com.autosales.vehicles;

import com.autosales.shared.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A model of the catalogue as readers see it: brand, series, its trims with colours, options and the price valid
 * today, and the series' packages. Costs are {@code null} (left out of JSON) for readers who may not see them.
 */
public record CatalogueModel(Long id, Long brandId, String brand, Long seriesId, String series, String name,
        int modelYear, List<TrimView> trims, List<PackageView> packages) {

    /** A trim with its current MSRP (指导价) and cost. */
    public record TrimView(Long id, String name, boolean active, List<String> exteriorColours, List<String> interiorColours,
            List<OptionView> options, Money msrp, @JsonInclude(JsonInclude.Include.NON_NULL) Money cost,
            LocalDate priceValidFrom) {
    }

    /** An option; {@code price} is {@code null} when it is included. */
    public record OptionView(String name, @JsonInclude(JsonInclude.Include.NON_NULL) Money price) {
    }

    /** An accessory or decoration package (精品/装饰包) with its current price. */
    public record PackageView(Long id, String name, String description, Money price,
            @JsonInclude(JsonInclude.Include.NON_NULL) Money cost) {
    }
}
