package com.autosales.demo;

import com.autosales.access.AccessSetup;
import com.autosales.access.AccessSetup.NewUser;
import com.autosales.notifications.Notice;
import com.autosales.notifications.Notifications;
import com.autosales.org.OrgSetup;
import com.autosales.org.OrganisedBy;
import com.autosales.org.StoreType;
import com.autosales.org.UnitKind;
import com.autosales.shared.infra.OneNodeAtATime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On an empty database (no users yet) builds the demo dealer group. Runs only when
 * {@code autosales.demo.enabled=true}, which the {@code prod} profile turns off.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "autosales.demo.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final OrgSetup org;
    private final AccessSetup access;
    private final DemoCustomers customers;
    private final DemoCustomerProfiles customerProfiles;
    private final DemoCustomerCredit customerCredit; // customers: credit
    private final DemoCustomerVisits customerVisits; // customers: visits
    private final DemoShowroom showroom; // showroom
    private final DemoLeads leads; // leads
    private final DemoTestDrives testDrives; // test drives
    private final DemoCatalogue catalogue; // vehicles
    private final DemoStock stock; // vehicles
    private final DemoSalesHistory salesHistory; // vehicles
    private final DemoLeadSourceCosts leadSourceCosts; // reports
    private final Notifications notifications;
    private final OneNodeAtATime oneNode;
    private final ObjectProvider<DemoPerformanceHistory> performanceHistory; // reports
    private final ObjectProvider<DemoCustomerAddresses> customerAddresses; // reports
    private final TransactionTemplate tx;

    DemoDataSeeder(OrgSetup org, AccessSetup access, DemoCustomers customers,
            DemoCustomerProfiles customerProfiles, Notifications notifications, OneNodeAtATime oneNode,
            TransactionTemplate tx, DemoCustomerCredit customerCredit, DemoCustomerVisits customerVisits,
            DemoShowroom showroom, DemoLeads leads, DemoTestDrives testDrives, DemoCatalogue catalogue, DemoStock stock,
            DemoSalesHistory salesHistory, ObjectProvider<DemoPerformanceHistory> performanceHistory,
            DemoLeadSourceCosts leadSourceCosts, ObjectProvider<DemoCustomerAddresses> customerAddresses) {
        this.customerAddresses = customerAddresses; // reports
        this.performanceHistory = performanceHistory; // reports
        this.leadSourceCosts = leadSourceCosts; // reports
        this.catalogue = catalogue; // vehicles
        this.stock = stock; // vehicles
        this.salesHistory = salesHistory; // vehicles
        this.customerVisits = customerVisits;
        this.showroom = showroom; // showroom
        this.leads = leads; // leads
        this.testDrives = testDrives; // test drives
        this.org = org;
        this.access = access;
        this.customers = customers;
        this.customerProfiles = customerProfiles;
        this.customerCredit = customerCredit;
        this.notifications = notifications;
        this.oneNode = oneNode;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        // several nodes may start together on an empty database: only one seeds
        oneNode.run("demo-seed", Duration.ofMinutes(10), () -> tx.executeWithoutResult(status -> seedIfEmpty()));
    }

    private void seedIfEmpty() {
        if (access.hasUsers()) {
            return;
        }
        LocalDate hired = LocalDate.of(2023, 3, 1);
        Long group = org.createGroup("GRP", "华东汽车集团", "East China Auto Group");

        Long store = org.createStore(group, StoreType.DEALERSHIP, "SH-PD-4S", "上海浦东4S店", "Shanghai Pudong 4S Store");
        Long gmOffice = org.createUnit(store, UnitKind.DEPARTMENT, "SH-PD-GMO", "总经理办公室", "General manager's office", null, 2);
        Long sales = org.createUnit(store, UnitKind.DEPARTMENT, "SH-PD-SALES", "销售部", "Sales department", OrganisedBy.CUSTOMER_TYPE, 12);
        Long team1 = org.createUnit(sales, UnitKind.TEAM, "SH-PD-SALES-1", "销售一组（个人客户）", "Sales team 1 (private buyers)", null, 5);
        Long team2 = org.createUnit(sales, UnitKind.TEAM, "SH-PD-SALES-2", "销售二组（大客户）", "Sales team 2 (fleet buyers)", null, 5);
        Long finance = org.createUnit(store, UnitKind.DEPARTMENT, "SH-PD-FIN", "财务部", "Finance department", null, 3);
        Long parts = org.createUnit(store, UnitKind.DEPARTMENT, "SH-PD-PARTS", "配件部", "Parts department", OrganisedBy.PRODUCT_LINE, 3);
        Long service = org.createUnit(store, UnitKind.DEPARTMENT, "SH-PD-SVC", "售后服务部", "After-sales service department", null, 6);
        Long care = org.createUnit(store, UnitKind.DEPARTMENT, "SH-PD-CS", "客户服务部", "Customer care department", null, 2);

        Long distributor = org.createStore(group, StoreType.DISTRIBUTOR, "HD-PARTS", "华东配件经销中心", "East China Parts Distribution Centre");
        Long distSales = org.createUnit(distributor, UnitKind.DEPARTMENT, "HD-SALES", "配件销售部", "Parts sales department", OrganisedBy.REGION, 8);
        org.createUnit(distSales, UnitKind.REGION, "HD-SALES-EAST", "华东大区", "East region", OrganisedBy.REGION, 4);
        org.createUnit(distSales, UnitKind.REGION, "HD-SALES-NORTH", "华北大区", "North region", OrganisedBy.REGION, 4);

        Long gm = org.hire("E1001", "王建国", "13800001001", "gm", gmOffice, null, hired);
        Long manager = org.hire("E1002", "李明", "13800001002", "sales-manager", sales, gm, hired);
        Long consultant1 = org.hire("E1003", "张伟", "13800001003", "sales-consultant", team1, manager, hired);
        Long consultant2 = org.hire("E1004", "刘洋", "13800001004", "sales-consultant", team2, manager, hired);
        Long clerk = org.hire("E1005", "陈静", "13800001005", "sales-clerk", sales, manager, hired);
        Long financeSpecialist = org.hire("E1006", "赵敏", "13800001006", "finance-specialist", finance, gm, hired);
        Long planner = org.hire("E1007", "孙强", "13800001007", "parts-planner", parts, gm, hired);
        Long receptionist = org.hire("E1008", "周涛", "13800001008", "service-receptionist", service, gm, hired);
        Long careSpecialist = org.hire("E1009", "吴芳", "13800001009", "cs-specialist", care, gm, hired);
        Long director = org.hire("E2001", "郑海", "13800002001", "sales-director", distSales, null, hired);

        user("admin", "系统管理员", null, null, "admin");
        user("gm", "王建国", gm, store, "gm");
        user("salesmanager", "李明", manager, store, "salesmanager");
        user("consultant1", "张伟", consultant1, store, "consultant");
        user("consultant2", "刘洋", consultant2, store, "consultant");
        user("clerk", "陈静", clerk, store, "clerk");
        user("finance", "赵敏", financeSpecialist, store, "finance");
        user("partsplanner", "孙强", planner, store, "partsplanner");
        user("service", "周涛", receptionist, store, "service");
        user("cs", "吴芳", careSpecialist, store, "cs");
        user("director", "郑海", director, distributor, "director");

        Map<Long, List<Long>> customersByOwner = customers.create(store, consultant1, consultant2, distributor, director);
        customerProfiles.create();
        customerCredit.create(); // customers: credit
        customerVisits.create(consultant1, consultant2); // customers: visits
        showroom.create(store, consultant1, consultant2); // showroom
        leads.create(store, consultant1, consultant2); // leads
        testDrives.create(store, consultant1, consultant2); // test drives
        Long sisterStore = org.createStore(group, StoreType.DEALERSHIP, "SH-MH-4S", "上海闵行4S店", "Shanghai Minhang 4S Store"); // vehicles
        Map<String, Long> trims = catalogue.create();
        stock.create(store, sisterStore, trims);
        List<DemoSalesHistory.Sold> sold = salesHistory.create(store, trims);
        performanceHistory.ifAvailable(history -> history.create(store, trims, sold, customersByOwner.get(consultant1),
                customersByOwner.get(consultant2), consultant1, consultant2)); // reports: the year before
        leadSourceCosts.create(store); // reports
        customerAddresses.ifAvailable(addresses -> addresses.create(customersByOwner,
                List.of(consultant1, consultant2))); // reports: the region mix
        log.info("Demo data created: 11 logins with the password {}", PASSWORD);
    }

    private void user(String username, String name, Long employeeId, Long storeId, String role) {
        access.createUser(new NewUser(username, PASSWORD, name, null, employeeId, storeId, List.of(role)));
        notifications.send(Notice.to(username, "welcome", "notice.welcome", "/", name));
    }
}
