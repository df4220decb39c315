package com.autosales.commission;

import com.autosales.shared.DomainException;
import com.autosales.vehicles.CatalogueModel;
import com.autosales.vehicles.VehicleCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The catalogue as a per-unit rule offers it: every series, model and trim as a picker value, and each trim's lineage. */
@Component
class VehicleChoices {

    /** A picker entry: {@code SERIES:3} → "大众 途观L". */
    record Choice(String value, String label, VehicleLevel level) {
    }

    private final VehicleCatalogue catalogue;

    VehicleChoices(VehicleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<Choice> all(Locale locale) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        List<Choice> models = new ArrayList<>();
        List<Choice> trims = new ArrayList<>();
        for (CatalogueModel m : catalogue.models(null, locale)) {
            String series = m.brand() + " " + m.series();
            choices.putIfAbsent("SERIES:" + m.seriesId(), new Choice("SERIES:" + m.seriesId(), series, VehicleLevel.SERIES));
            String model = series + " " + m.name() + " " + m.modelYear();
            models.add(new Choice("MODEL:" + m.id(), model, VehicleLevel.MODEL));
            m.trims().forEach(t -> trims.add(new Choice("TRIM:" + t.id(), model + " " + t.name(), VehicleLevel.TRIM)));
        }
        List<Choice> all = new ArrayList<>(choices.values());
        all.addAll(models);
        all.addAll(trims);
        return all;
    }

    /** The choice behind a picker value; refused when the catalogue has no such series, model or trim. */
    Choice find(String value, Locale locale) {
        return all(locale).stream().filter(c -> c.value().equals(value)).findFirst()
                .orElseThrow(() -> new DomainException("commission.vehicle-unknown"));
    }

    TrimLineage lineage() {
        Map<Long, Long> model = new HashMap<>();
        Map<Long, Long> series = new HashMap<>();
        for (CatalogueModel m : catalogue.models(null, Locale.SIMPLIFIED_CHINESE)) {
            m.trims().forEach(t -> {
                model.put(t.id(), m.id());
                series.put(t.id(), m.seriesId());
            });
        }
        return new TrimLineage(model, series);
    }
}
