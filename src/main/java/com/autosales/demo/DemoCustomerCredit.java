package com.autosales.demo;

import com.autosales.customers.CreditForm;
import com.autosales.customers.CreditRating;
import com.autosales.customers.CustomerCredit;
import com.autosales.customers.CustomerTrade;
import com.autosales.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Credit for a few demo customers (one over its limit), and sales that grade the fleet buyer by the rules. */
@Component
class DemoCustomerCredit {

    private final CustomerCredit credit;
    private final CustomerTrade trade;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoCustomerCredit(CustomerCredit credit, CustomerTrade trade, JdbcTemplate jdbc, Clock clock) {
        this.credit = credit;
        this.trade = trade;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void create() {
        Long fleet = id("上海浦东新区交通运输公司");
        credit.recordFor(fleet, new CreditForm(CreditRating.AAA, new BigDecimal("2000000"), 90, "验收后 90 天付款"));
        credit.recordExposure(fleet, Money.of(850000));
        LocalDate today = LocalDate.now(clock);
        trade.recordSale(fleet, today.minusMonths(5), Money.of(720000), Money.of(61000));
        trade.recordSale(fleet, today.minusMonths(1), Money.of(480000), Money.of(40800));

        Long logistics = id("浦江物流有限公司");
        credit.recordFor(logistics, new CreditForm(CreditRating.B, new BigDecimal("200000"), 0, "首单现款，之后视回款情况给予 30 天账期"));

        Long wholesaler = id("苏州顺达汽配批发部");
        credit.recordFor(wholesaler, new CreditForm(CreditRating.AA, new BigDecimal("500000"), 30, "月结 30 天"));
        credit.recordExposure(wholesaler, Money.of(560000));
    }

    private Long id(String customerName) {
        // runs right after the demo customers are registered on an empty database, so the names are unique
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, customerName);
    }
}
