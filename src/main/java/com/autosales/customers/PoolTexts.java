package com.autosales.customers;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The pool's words in the card history and in notices: a pool's name and a rule in words. Written in Chinese,
 * since the nightly run that records them has no reader whose language it could take.
 */
@Component
class PoolTexts {

    private static final Locale RECORDED_IN = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    PoolTexts(MessageSource messages) {
        this.messages = messages;
    }

    String poolName(String name, boolean defaultPool) {
        return defaultPool || name == null ? messages.getMessage("customer.pool.default-name", null, RECORDED_IN) : name;
    }

    /** The rule in words, e.g. no follow-up for 15 days, rule for grade B. */
    String rule(PoolForecast forecast) {
        String reason = messages.getMessage(forecast.kind() == PoolRuleKind.NO_CONTACT ? "customer.pool.reason.NO_CONTACT"
                : "customer.pool.reason.NO_DEAL", new Object[] {forecast.days()}, RECORDED_IN);
        String rule = messages.getMessage(switch (forecast.grade()) {
            case "A" -> "customer.pool.rule-for.A";
            case "B" -> "customer.pool.rule-for.B";
            case "C" -> "customer.pool.rule-for.C";
            default -> "customer.pool.rule-for.NONE";
        }, null, RECORDED_IN);
        return messages.getMessage("customer.pool.rule-text", new Object[] {reason, rule}, RECORDED_IN);
    }
}
