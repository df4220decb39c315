package com.autosales.commission;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How a line came about, in words: the base, the rate or amount per car, the tier multiplier with the attainment and
 * the result. Used by the statement page ({@code commissionExplanation.of}) and the Excel export.
 */
@Component("commissionExplanation")
class LineExplanation {

    private final MessageSource messages;

    LineExplanation(MessageSource messages) {
        this.messages = messages;
    }

    public String of(LineView l, StatementView s) {
        return of(l, s, LocaleContextHolder.getLocale());
    }

    String of(LineView l, StatementView s, Locale locale) {
        String base = switch (l.kind()) {
            case PER_UNIT -> text(locale, "commission.explain.PER_UNIT", money(l.unitAmount()));
            case MARGIN_PERCENT, INSURANCE_PERCENT, PACKAGES_PERCENT ->
                    text(locale, "commission.explain." + l.kind().name(), money(l.base()), percent(l.rate()));
            case FINANCE_BONUS -> text(locale, "commission.explain.FINANCE_BONUS", money(l.base()), money(l.unitAmount()));
            case DISCOUNT_PENALTY -> text(locale, "commission.explain.DISCOUNT_PENALTY", percent(l.base()),
                    percent(l.rate()), money(l.unitAmount()));
            case ADJUSTMENT -> text(locale, "commission.explain.ADJUSTMENT", l.reason());
            case TIERS -> "";
        };
        String tier = "";
        if (l.multiplier() != null) {
            tier = " " + (s.attainmentPercent() == null
                    ? text(locale, "commission.explain.tier-no-target", percent(l.multiplier()))
                    : text(locale, "commission.explain.tier", percent(l.multiplier()), percent(s.attainmentPercent())));
        }
        return base + tier + " = ¥" + money(l.amount());
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    static String money(BigDecimal value) {
        return value == null ? "" : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    static String percent(BigDecimal value) {
        return value == null ? "" : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
