package com.autosales.vehicles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * 目录初始化 — fills the catalogue without a signed-in user (demo data, a first data load); the same rules and audit as
 * the clerk's pages. Colours and options as the forms take them: lists separated by 、, options "名称" or "名称=价格".
 */
@Service
public class CatalogueSetup {

    private final CatalogueEditing editing;

    CatalogueSetup(CatalogueEditing editing) {
        this.editing = editing;
    }

    public Long brand(String nameZh, String nameEn) {
        return editing.addBrand(new NameForm(null, nameZh, nameEn));
    }

    public Long series(Long brandId, String nameZh, String nameEn) {
        return editing.addSeries(new NameForm(brandId, nameZh, nameEn));
    }

    public Long model(Long seriesId, String name, int modelYear) {
        return editing.addModel(new ModelForm(seriesId, name, modelYear));
    }

    /** A trim with its colours, options (one a line) and its MSRP and cost from a day on. */
    public Long trim(Long modelId, String name, String exteriorColours, String interiorColours, List<String> options,
            long msrp, long cost, LocalDate from) {
        return editing.addTrim(new TrimForm(modelId, name,
                new OfferForm(exteriorColours, interiorColours, String.join("\n", options)), price(msrp, cost, from)));
    }

    /** A new MSRP and cost of a trim from a day on; the previous price ends the day before. */
    public void newPrice(Long trimId, long msrp, long cost, LocalDate from) {
        editing.setTrimPrice(trimId, price(msrp, cost, from));
    }

    public Long accessoryPackage(Long seriesId, String name, String description, long price, long cost, LocalDate from) {
        return editing.addPackage(new PackageForm(seriesId, name, description, price(price, cost, from)));
    }

    private static PriceForm price(long price, long cost, LocalDate from) {
        return new PriceForm(BigDecimal.valueOf(price), BigDecimal.valueOf(cost), from);
    }
}
