package com.autosales.targets;

import com.autosales.shared.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Figures typed into a form: blank is zero, thousands separators and spaces are ignored, anything else is refused. */
final class Amounts {

    private Amounts() {
    }

    static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(text.replace(",", "").replace("，", "").replace(" ", "").strip());
        } catch (NumberFormatException e) {
            throw new DomainException("targets.amount-invalid", text);
        }
    }

    static List<BigDecimal> parseAll(List<String> texts) {
        List<BigDecimal> result = new ArrayList<>();
        if (texts != null) {
            texts.forEach(t -> result.add(parse(t)));
        }
        return result;
    }
}
