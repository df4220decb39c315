package com.autosales.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Report values as the reader reads them, in the reader's language: the page and the PDF print the same text. */
@Component
public class ReportFormatter {

    private final MessageSource messages;

    ReportFormatter(MessageSource messages) {
        this.messages = messages;
    }

    public String text(ColumnKind kind, Object value, Locale locale) {
        if (value == null) {
            return "—";
        }
        if (value instanceof ReportLabel label) {
            return message(label.key(), locale);
        }
        return switch (kind) {
            case TEXT -> value.toString();
            case LABEL -> message(value.toString(), locale);
            case COUNT -> pattern("#,##0").format(number(value));
            case MONEY -> "¥" + pattern("#,##0.00").format(number(value).setScale(2, RoundingMode.HALF_UP));
            case PERCENT -> pattern("0.0").format(number(value).setScale(1, RoundingMode.HALF_UP)) + "%";
            case DECIMAL -> pattern("#,##0.00").format(number(value).setScale(2, RoundingMode.HALF_UP));
        };
    }

    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The numeric value of a cell of a numeric column (null stays null). */
    public static BigDecimal number(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof com.autosales.shared.Money money) {
            return money.amount();
        }
        if (value instanceof Number n) {
            return n instanceof Double || n instanceof Float ? BigDecimal.valueOf(n.doubleValue())
                    : BigDecimal.valueOf(n.longValue());
        }
        return new BigDecimal(value.toString());
    }

    private static DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
