package com.autosales.demo;

import com.autosales.leads.LeadView;
import com.autosales.sales.PaymentMethod;
import com.autosales.sales.QuoteManagement;
import com.autosales.sales.QuoteRequest;
import com.autosales.sales.TradeIn;
import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import com.autosales.vehicles.TrimSummary;
import com.autosales.vehicles.VehicleCatalogue;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Two quotes of consultant1 (张伟), made as them: one within their discount authority and given to the customer, one
 * beyond it waiting for the sales manager's approval. Skipped when consultant1 has quotes already.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "autosales.demo.enabled", havingValue = "true")
class DemoQuotes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoQuotes.class);

    private final QuoteManagement quotes;
    private final VehicleCatalogue catalogue;
    private final UserDetailsService users;

    DemoQuotes(QuoteManagement quotes, VehicleCatalogue catalogue, UserDetailsService users) {
        this.quotes = quotes;
        this.catalogue = catalogue;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoSignIn.as(users, "consultant1", () -> {
            List<LeadView> leads = quotes.myOpenLeads();
            if (leads.size() >= 2 && quotes.list(null, null, null, 0).isEmpty()) {
                create(leads.get(0), leads.get(1));
            }
        });
    }

    private void create(LeadView first, LeadView second) {
        List<TrimSummary> trims = catalogue.allTrims(Locale.SIMPLIFIED_CHINESE);
        TrimSummary tiguan = trims.stream().filter(t -> t.label().contains("R-Line")).findFirst().orElse(trims.get(0));
        TrimSummary passat = trims.stream().filter(t -> t.label().contains("星空豪华版")).findFirst().orElse(tiguan);
        Long issued = quotes.create(first.id(), new QuoteRequest(tiguan.id(), tiguan.exteriorColours().get(0),
                tiguan.interiorColours().get(0), null, Money.of(4000), List.of(), Money.of(6800), Money.of(1500),
                null, PaymentMethod.FINANCE, Percentage.of("30"), 36, Percentage.of("4.5"), null));
        quotes.issue(issued);
        Long pending = quotes.create(second.id(), new QuoteRequest(passat.id(), passat.exteriorColours().get(0),
                passat.interiorColours().get(0), null, Money.of(12000), List.of(), Money.of(6200), Money.of(1500),
                new TradeIn("大众 速腾 2017款", "沪A3K921", 2017, 86000, Money.of(45000)), PaymentMethod.CASH, null,
                null, null, "客户置换老速腾，对比了凯美瑞报价，申请优惠 12000 元本周签约"));
        quotes.submitForApproval(pending, null);
        log.info("Demo quotes {} (issued) and {} (pending approval) created", issued, pending);
    }
}
