package com.autosales.vehicles;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Reads the colour and option lists of {@link OfferForm}, and writes them back for editing. */
final class OfferText {

    private OfferText() {
    }

    static List<TrimColour> colours(OfferForm form) {
        List<TrimColour> colours = new ArrayList<>();
        names(form.exteriorColours()).forEach(n -> colours.add(new TrimColour(ColourKind.EXTERIOR, n)));
        names(form.interiorColours()).forEach(n -> colours.add(new TrimColour(ColourKind.INTERIOR, n)));
        return colours;
    }

    static List<String> names(String text) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String part : (text == null ? "" : text).split("[,，、;；\\n\\r]+")) {
            String name = part.trim();
            if (name.length() > 40) {
                throw new DomainException("vehicles.colour-too-long", name);
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    static List<TrimOption> options(OfferForm form) {
        List<TrimOption> options = new ArrayList<>();
        for (String line : (form.options() == null ? "" : form.options()).split("[\\n\\r]+")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int eq = trimmed.lastIndexOf('=');
            String name = (eq < 0 ? trimmed : trimmed.substring(0, eq)).trim();
            if (name.isEmpty() || name.length() > 100) {
                throw new DomainException("vehicles.option-invalid", trimmed);
            }
            options.add(new TrimOption(name, eq < 0 ? null : price(trimmed.substring(eq + 1), trimmed)));
        }
        return options;
    }

    private static Money price(String text, String line) {
        try {
            Money price = Money.of(text.replace(",", "").replace("¥", ""));
            if (price.isNegative()) {
                throw new DomainException("vehicles.option-invalid", line);
            }
            return price;
        } catch (DomainException e) {
            throw new DomainException("vehicles.option-invalid", line);
        }
    }

    static OfferForm of(Trim trim) {
        String options = String.join("\n", trim.options().stream()
                .map(o -> o.price() == null ? o.name() : o.name() + "=" + o.price()).toList());
        return new OfferForm(String.join("、", trim.colours(ColourKind.EXTERIOR)),
                String.join("、", trim.colours(ColourKind.INTERIOR)), options);
    }
}
