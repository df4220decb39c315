package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.DomainException;
import com.autosales.shared.DuplicateRecordException;
import com.autosales.shared.LocalizedName;
import com.autosales.shared.Money;
import com.autosales.shared.RecordNotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 目录维护 — keeping the catalogue: brands, series, models, trims with colours and options, packages, prices; every
 * change audited. Reached from the clerk's pages (which need {@code vehicles:edit}) and from {@link CatalogueSetup}.
 */
@Service
@Transactional
class CatalogueEditing {

    private final Brands brands;
    private final SeriesRepository series;
    private final VehicleModels models;
    private final Trims trims;
    private final AccessoryPackages packages;
    private final CataloguePricing pricing;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;

    CatalogueEditing(Brands brands, SeriesRepository series, VehicleModels models, Trims trims,
            AccessoryPackages packages, CataloguePricing pricing, CurrentUsers currentUsers, AuditTrail audit) {
        this.brands = brands;
        this.series = series;
        this.models = models;
        this.trims = trims;
        this.packages = packages;
        this.pricing = pricing;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    Long addBrand(NameForm form) {
        Brand brand = unique(() -> brands.saveAndFlush(new Brand(LocalizedName.of(form.nameZh().trim(), form.nameEn()))));
        audit.record(AuditRecord.of("vehicle-brand", brand.id(), "CREATE", form.nameZh(), FieldChange.of("name", null, form.nameZh())));
        return brand.id();
    }

    Long addSeries(NameForm form) {
        Long brandId = brands.findById(form.parentId()).map(Brand::id)
                .orElseThrow(() -> new RecordNotFoundException("vehicle-brand", form.parentId()));
        VehicleSeries s = unique(() -> series.saveAndFlush(new VehicleSeries(brandId,
                LocalizedName.of(form.nameZh().trim(), form.nameEn()))));
        audit.record(AuditRecord.of("vehicle-series", s.id(), "CREATE", form.nameZh(), FieldChange.of("name", null, form.nameZh())));
        return s.id();
    }

    Long addModel(ModelForm form) {
        Long seriesId = series.findById(form.seriesId()).map(VehicleSeries::id)
                .orElseThrow(() -> new RecordNotFoundException("vehicle-series", form.seriesId()));
        VehicleModel model = unique(() -> models.saveAndFlush(new VehicleModel(seriesId, form.name().trim(), form.modelYear())));
        audit.record(AuditRecord.of("vehicle-model", model.id(), "CREATE", form.name(), FieldChange.of("name", null, form.name()),
                FieldChange.of("modelYear", null, form.modelYear())));
        return model.id();
    }

    Long addTrim(TrimForm form) {
        Long modelId = models.findById(form.modelId()).map(VehicleModel::id)
                .orElseThrow(() -> new RecordNotFoundException("vehicle-model", form.modelId()));
        Trim trim = new Trim(modelId, form.name().trim());
        trim.offer(coloursOf(form.offer()), OfferText.options(form.offer()));
        Trim saved = unique(() -> trims.saveAndFlush(trim));
        audit.record(AuditRecord.of("vehicle-trim", saved.id(), "CREATE", form.name(), FieldChange.of("name", null, form.name()),
                FieldChange.of("exteriorColours", null, form.offer().exteriorColours()),
                FieldChange.of("interiorColours", null, form.offer().interiorColours())));
        setTrimPrice(saved.id(), form.price());
        return saved.id();
    }

    void offer(Long trimId, OfferForm form) {
        Trim trim = trims.findById(trimId).orElseThrow(() -> new RecordNotFoundException("vehicle-trim", trimId));
        OfferForm before = OfferText.of(trim);
        trim.offer(coloursOf(form), OfferText.options(form));
        audit.record(AuditRecord.of("vehicle-trim", trimId, "UPDATE", trim.name(),
                FieldChange.of("exteriorColours", before.exteriorColours(), form.exteriorColours()),
                FieldChange.of("interiorColours", before.interiorColours(), form.interiorColours()),
                FieldChange.of("options", before.options(), form.options())));
    }

    void setTrimPrice(Long trimId, PriceForm form) {
        trims.findById(trimId).orElseThrow(() -> new RecordNotFoundException("vehicle-trim", trimId));
        pricing.setPrice(PricedItem.TRIM, trimId, Money.of(form.price()), Money.of(form.cost()), form.validFrom(), by());
    }

    Long addPackage(PackageForm form) {
        Long seriesId = series.findById(form.seriesId()).map(VehicleSeries::id)
                .orElseThrow(() -> new RecordNotFoundException("vehicle-series", form.seriesId()));
        AccessoryPackage pack = unique(() -> packages.saveAndFlush(new AccessoryPackage(seriesId, form.name().trim(),
                form.description() == null || form.description().isBlank() ? null : form.description().trim())));
        audit.record(AuditRecord.of("accessory-package", pack.id(), "CREATE", form.name(), FieldChange.of("name", null, form.name())));
        setPackagePrice(pack.id(), form.price());
        return pack.id();
    }

    void setPackagePrice(Long packageId, PriceForm form) {
        packages.findById(packageId).orElseThrow(() -> new RecordNotFoundException("accessory-package", packageId));
        pricing.setPrice(PricedItem.PACKAGE, packageId, Money.of(form.price()), Money.of(form.cost()), form.validFrom(), by());
    }

    private static List<TrimColour> coloursOf(OfferForm form) {
        List<TrimColour> colours = OfferText.colours(form);
        if (colours.stream().noneMatch(c -> c.kind() == ColourKind.EXTERIOR)
                || colours.stream().noneMatch(c -> c.kind() == ColourKind.INTERIOR)) {
            throw new DomainException("vehicles.colours-required");
        }
        return colours;
    }

    private String by() {
        return currentUsers.find().map(u -> u.username()).orElse("system");
    }

    private static <T> T unique(Supplier<T> save) {
        try {
            return save.get();
        } catch (DataIntegrityViolationException taken) {
            throw new DuplicateRecordException("vehicles.name-taken");
        }
    }

    /** The day a new price form starts on by default: tomorrow, since today's price usually exists. */
    static LocalDate defaultPriceStart(LocalDate today) {
        return today.plusDays(1);
    }
}
