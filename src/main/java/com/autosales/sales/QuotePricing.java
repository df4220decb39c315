package com.autosales.sales;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.RecordNotFoundException;
import com.autosales.shared.Vin;
import com.autosales.vehicles.CatalogueModel;
import com.autosales.vehicles.StockManagement;
import com.autosales.vehicles.StockStatus;
import com.autosales.vehicles.StockVehicleView;
import com.autosales.vehicles.TrimPrice;
import com.autosales.vehicles.TrimSummary;
import com.autosales.vehicles.VehicleCatalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Prices a request on its quote date from the catalogue (MSRP, package prices and costs) and checks the vehicle. */
@Component
class QuotePricing {

    static final Locale DOCUMENT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final VehicleCatalogue catalogue;
    private final StockManagement stock;

    QuotePricing(VehicleCatalogue catalogue, StockManagement stock) {
        this.catalogue = catalogue;
        this.stock = stock;
    }

    QuoteContent price(QuoteRequest r, LocalDate day, Long storeId) {
        if (r.trimId() == null) {
            throw new DomainException("sales.trim-required");
        }
        TrimSummary trim = trim(r.trimId());
        String exterior = colour(r.exteriorColour(), trim.exteriorColours());
        String interior = colour(r.interiorColour(), trim.interiorColours());
        TrimPrice price = catalogue.priceOn(trim.id(), day).orElseThrow(() -> new DomainException("sales.no-price"));
        String vin = checkedVin(r.vin(), trim.id(), storeId);
        List<QuotePackage> packages = packages(r.packageIds(), trim.modelId(), day);
        Money packagesTotal = packages.stream().map(QuotePackage::price).reduce(Money.ZERO, Money::plus);
        QuoteFigures figures = QuoteFigures.of(new QuoteFigures.Inputs(price.price(), r.discount(), packagesTotal,
                r.insurance(), r.registrationFee(), r.tradeIn() == null ? Money.ZERO : r.tradeIn().appraisedValue(),
                r.paymentMethod(), r.downPaymentPercent(), r.termMonths(), r.annualRate()));
        return new QuoteContent(trim.id(), trim.label(), exterior, interior, vin, price.price(),
                price.cost() == null ? Money.ZERO : price.cost(), r.discount(), packages, r.insurance(),
                r.registrationFee(), r.tradeIn(), r.paymentMethod(), r.downPaymentPercent(), r.termMonths(),
                r.annualRate(), figures);
    }

    private TrimSummary trim(Long trimId) {
        try {
            return catalogue.trim(trimId, DOCUMENT_LOCALE);
        } catch (RecordNotFoundException e) {
            throw new DomainException("sales.trim-required");
        }
    }

    private static String colour(String chosen, List<String> offered) {
        String c = chosen == null ? "" : chosen.trim();
        if (c.isEmpty() || (!offered.isEmpty() && !offered.contains(c))) {
            throw new DomainException("sales.colour-invalid", c);
        }
        return c;
    }

    private String checkedVin(String text, Long trimId, Long storeId) {
        if (text == null) {
            return null;
        }
        StockVehicleView vehicle = stock.find(Vin.of(text))
                .filter(v -> v.storeId().equals(storeId) && v.trimId().equals(trimId) && v.status() == StockStatus.IN_STOCK)
                .orElseThrow(() -> new DomainException("sales.vin-not-available", text));
        return vehicle.vin().value();
    }

    private List<QuotePackage> packages(List<Long> ids, Long modelId, LocalDate day) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<CatalogueModel.PackageView> offered = catalogue.models(null, DOCUMENT_LOCALE).stream()
                .filter(m -> m.id().equals(modelId)).findFirst().map(CatalogueModel::packages).orElse(List.of());
        return ids.stream().distinct().map(id -> {
            CatalogueModel.PackageView p = offered.stream().filter(o -> o.id().equals(id)).findFirst()
                    .orElseThrow(() -> new DomainException("sales.package-invalid", id));
            TrimPrice price = catalogue.packagePriceOn(id, day).orElseThrow(() -> new DomainException("sales.no-price"));
            return new QuotePackage(id, p.name(), price.price(), price.cost() == null ? Money.ZERO : price.cost());
        }).toList();
    }
}
