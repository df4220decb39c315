package com.autosales.demo;

import com.autosales.approvals.ApprovalPolicy;
import com.autosales.approvals.ApprovalRequest;
import com.autosales.approvals.Approvals;
import com.autosales.customers.CustomerManagement;
import com.autosales.customers.CustomerSummary;
import com.autosales.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * One pending approval so the sales manager's inbox is not empty: consultant1 (张伟) asks, through the generic
 * manager-then-gm policy, to raise customer 王芳's credit limit. Requested as consultant1, like a real user;
 * skipped when that customer already has an approval.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "autosales.demo.enabled", havingValue = "true")
class DemoApprovals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoApprovals.class);

    private final Approvals approvals;
    private final CustomerManagement customers;
    private final UserDetailsService users;

    DemoApprovals(Approvals approvals, CustomerManagement customers, UserDetailsService users) {
        this.approvals = approvals;
        this.customers = customers;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoSignIn.as(users, "consultant1",
                () -> customers.search("王芳", 0).stream().findFirst().ifPresent(this::requestCreditLimitChange));
    }

    private void requestCreditLimitChange(CustomerSummary customer) {
        if (!approvals.historyOf("customer", customer.id()).isEmpty()) {
            return;
        }
        approvals.request(ApprovalRequest.of("customers", "customer", customer.id(), ApprovalPolicy.MANAGER_THEN_GM)
                .titled("approval.title.credit-limit", customer.name(), "50000")
                .linkedTo("/customers/" + customer.id())
                .withAmount(Money.of(50000))
                .withNote("客户计划年内增购两台公司用车，申请将信用额度由 20000 元调整为 50000 元。"));
        log.info("Demo approval requested for customer {}", customer.id());
    }
}
