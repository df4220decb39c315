package com.autosales.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.autosales.delivery.DeliveryFixtures;
import com.autosales.sales.ContractFixtures;
import com.autosales.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class PerformanceFactsIT {

    @Autowired DeliveryFixtures deliveries;
    @Autowired ContractFixtures contracts;
    @Autowired PerformanceQueries queries;
    @Autowired FactBook facts;
    @Autowired JdbcTemplate jdbc;

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private Long consultant1() {
        return jdbc.queryForObject("select employee_id from app_user where username = 'consultant1'", Long.class);
    }

    private long count(String metric, String sourceType, Long sourceId) {
        return jdbc.queryForObject("select count(*) from performance_fact where metric = ? and source_type = ? and source_id = ?",
                Long.class, metric, sourceType, sourceId);
    }

    @Test
    void aDeliveredCashContractCountsItsOrderDeliveryRevenueMarginAndCollectionsOnce() throws Exception {
        Long me = consultant1();
        Map<PerformanceMetric, Figure> before = queries.ofEmployees(List.of(me), TODAY, TODAY);
        Long deliveryId = deliveries.delivered();
        Long contractId = jdbc.queryForObject("select contract_id from delivery where id = ?", Long.class, deliveryId);
        await().atMost(Duration.ofSeconds(15)).until(() -> count("GROSS_MARGIN", "contract", contractId) == 1
                && jdbc.queryForObject("select count(*) from performance_sale where contract_id = ?", Integer.class, contractId) == 1);

        BigDecimal amountDue = jdbc.queryForObject("select expected from receivable_account where contract_id = ?",
                BigDecimal.class, contractId);
        Map<PerformanceMetric, Figure> after = queries.ofEmployees(List.of(me), TODAY, TODAY);
        assertThat(after.get(PerformanceMetric.ORDERS).quantity().subtract(before.get(PerformanceMetric.ORDERS).quantity()))
                .isEqualByComparingTo("1");
        assertThat(after.get(PerformanceMetric.DELIVERIES).quantity().subtract(before.get(PerformanceMetric.DELIVERIES).quantity()))
                .isEqualByComparingTo("1");
        assertThat(after.get(PerformanceMetric.REVENUE).amount().subtract(before.get(PerformanceMetric.REVENUE).amount()))
                .isEqualByComparingTo(amountDue);
        await().atMost(Duration.ofSeconds(15)).until(() -> queries.ofEmployees(List.of(me), TODAY, TODAY)
                .get(PerformanceMetric.COLLECTIONS).amount().subtract(before.get(PerformanceMetric.COLLECTIONS).amount())
                .compareTo(amountDue) == 0);

        SaleRecord sale = queries.salesOf(List.of(me), TODAY, TODAY).stream()
                .filter(s -> s.contractId().equals(contractId)).findFirst().orElseThrow();
        assertThat(sale.grossMargin().amount()).isEqualByComparingTo(sale.vehicleMargin().amount()
                .add(sale.packagesMargin().amount()).add(sale.insuranceCommission().amount())
                .add(sale.financeCommission().amount()));
        assertThat(sale.amountDue().amount()).isEqualByComparingTo(amountDue);
        assertThat(sale.financed()).isFalse();

        facts.book(PerformanceMetric.DELIVERIES, sale.storeId(), me, TODAY, BigDecimal.ONE, BigDecimal.ZERO, "contract", contractId);
        assertThat(count("DELIVERIES", "contract", contractId)).as("the same event again counts once").isEqualTo(1);
    }

    @Test
    void aSignedContractCancelledTakesItsOrderBack() throws Exception {
        Long contractId = contracts.approvedOf("consultant1", "CASH");
        contracts.action("consultant1", contractId, "sign", null);
        await().atMost(Duration.ofSeconds(15)).until(() -> count("ORDERS", "contract", contractId) == 1);
        contracts.action("salesmanager", contractId, "cancel", "{\"reason\":\"客户放弃\"}");
        await().atMost(Duration.ofSeconds(15)).until(() -> count("ORDERS", "contract-cancelled", contractId) == 1);
        assertThat(jdbc.queryForObject("select sum(quantity) from performance_fact where metric = 'ORDERS'"
                + " and source_id = ? and source_type like 'contract%'", BigDecimal.class, contractId)).isEqualByComparingTo("0");
    }
}
