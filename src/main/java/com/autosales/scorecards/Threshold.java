package com.autosales.scorecards;

import com.autosales.shared.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A step of a threshold rule: from this attainment in percent on, this score. */
public record Threshold(BigDecimal from, BigDecimal score) {

    /** Reads "100:100, 80:80" (attainment %:score, any order); refuses anything else. */
    static List<Threshold> parse(String text) {
        List<Threshold> steps = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return steps;
        }
        for (String part : text.split("[,;，；\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split("[:：=]");
            try {
                if (pair.length != 2) {
                    throw new NumberFormatException(part);
                }
                steps.add(new Threshold(new BigDecimal(pair[0].strip()), new BigDecimal(pair[1].strip())));
            } catch (NumberFormatException e) {
                throw new DomainException("scorecards.thresholds-invalid", part);
            }
        }
        return steps;
    }

    static String format(List<Threshold> steps) {
        return steps.stream().map(t -> t.from().stripTrailingZeros().toPlainString() + ":"
                + t.score().stripTrailingZeros().toPlainString()).collect(Collectors.joining(", "));
    }
}
