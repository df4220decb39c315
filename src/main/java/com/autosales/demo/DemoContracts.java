package com.autosales.demo;

import com.autosales.approvals.Decision;
import com.autosales.leads.LeadView;
import com.autosales.sales.ContractDetails;
import com.autosales.sales.ContractManagement;
import com.autosales.sales.LoanManagement;
import com.autosales.sales.LoanView;
import com.autosales.sales.PaymentMethod;
import com.autosales.sales.QuoteManagement;
import com.autosales.sales.QuoteRequest;
import com.autosales.sales.QuoteView;
import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import com.autosales.vehicles.TrimSummary;
import com.autosales.vehicles.VehicleCatalogue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Two contracts of consultant1 (张伟), each step done by the person who does it: 王芳 accepted a financed Tiguan L
 * R-Line quote, the contract was reviewed by the sales manager and signed, and the finance specialist is collecting the loan
 * documents; 陈晓东's cash ID.4 contract waits for the review.
 * Skipped when there are contracts already.
 */
@Component
@Order(31)
@ConditionalOnProperty(name = "autosales.demo.enabled", havingValue = "true")
class DemoContracts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContracts.class);

    private final ContractManagement contracts;
    private final LoanManagement loans;
    private final QuoteManagement quotes;
    private final VehicleCatalogue catalogue;
    private final UserDetailsService users;

    DemoContracts(ContractManagement contracts, LoanManagement loans, QuoteManagement quotes, VehicleCatalogue catalogue,
            UserDetailsService users) {
        this.contracts = contracts;
        this.loans = loans;
        this.quotes = quotes;
        this.catalogue = catalogue;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long[] signed = new Long[1];
        DemoSignIn.as(users, "consultant1", () -> {
            if (!contracts.list(null, null, null, 0).isEmpty()) {
                return;
            }
            openLeadOf("王芳").ifPresent(lead -> {
                QuoteView quote = acceptedQuote(lead, "R-Line", 4000, PaymentMethod.FINANCE);
                Long id = contracts.createFromQuote(quote.id(), details(quote, "310115198805123426", "上海市浦东新区张杨路500号", 10000));
                contracts.submit(id, "客户已确认分期方案，本周签约");
                signed[0] = id;
            });
            openLeadOf("陈晓东").ifPresent(this::cashContractWaitingForReview);
        });
        if (signed[0] == null) {
            return;
        }
        DemoSignIn.as(users, "salesmanager", () -> contracts.decide(signed[0], Decision.APPROVE, "价格与分期方案无误，同意"));
        DemoSignIn.as(users, "consultant1", () -> contracts.sign(signed[0]));
        DemoSignIn.as(users, "finance", () -> loanCollectingDocuments(signed[0]));
        log.info("Demo contracts created: {} signed, its loan application collecting documents", signed[0]);
    }

    /** The finance specialist opened the loan application; the customer brought the ID card and driving licence. */
    private void loanCollectingDocuments(Long contractId) {
        Long loanId = loans.open(contractId, loans.defaultsFor(contractId));
        for (String code : List.of("ID_CARD", "DRIVING_LICENCE")) {
            LoanView loan = loans.get(loanId);
            loan.documents().stream().filter(d -> code.equals(d.code())).findFirst()
                    .ifPresent(d -> loans.markDocument(loanId, loan.version(), d.typeId(), true, null));
        }
    }

    private void cashContractWaitingForReview(LeadView lead) {
        QuoteView quote = acceptedQuote(lead, "ID.4", 3000, PaymentMethod.CASH);
        Long id = contracts.createFromQuote(quote.id(), details(quote, "320102197903152219", "上海市浦东新区锦绣路1888弄", 5000));
        contracts.submit(id, "全款购车，客户希望月底前交车");
    }

    /** The consultant quotes the lead within their authority, gives the quote to the customer, who accepts it. */
    private QuoteView acceptedQuote(LeadView lead, String trimName, long discount, PaymentMethod payment) {
        List<TrimSummary> trims = catalogue.allTrims(Locale.SIMPLIFIED_CHINESE);
        TrimSummary trim = trims.stream().filter(t -> t.label().contains(trimName)).findFirst().orElse(trims.get(0));
        boolean financed = payment == PaymentMethod.FINANCE;
        Long quoteId = quotes.create(lead.id(), new QuoteRequest(trim.id(), trim.exteriorColours().get(0),
                trim.interiorColours().get(0), null, Money.of(discount), List.of(), Money.of(6800), Money.of(1500), null,
                payment, financed ? Percentage.of("30") : null, financed ? 36 : null, financed ? Percentage.of("4.5") : null,
                null));
        quotes.issue(quoteId);
        quotes.accept(quoteId);
        return quotes.get(quoteId);
    }

    private ContractDetails details(QuoteView quote, String idNumber, String address, long deposit) {
        ContractDetails defaults = contracts.defaultsFor(quote.id());
        return new ContractDetails(defaults.buyerName(), idNumber, defaults.buyerPhone(), address, null,
                Money.of(deposit), defaults.deliveryDate(), defaults.terms());
    }

    private Optional<LeadView> openLeadOf(String customer) {
        return quotes.myOpenLeads().stream().filter(l -> customer.equals(l.customerName())).findFirst();
    }
}
