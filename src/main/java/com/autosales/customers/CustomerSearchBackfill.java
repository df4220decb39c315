package com.autosales.customers;

import com.autosales.shared.infra.OneNodeAtATime;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Customers stored before pinyin search existed get their search keys at start-up, in batches, on one node. */
@Component
@Order(50)
class CustomerSearchBackfill implements ApplicationRunner {

    private static final int BATCH = 500;

    private final Customers customers;
    private final TransactionTemplate tx;
    private final OneNodeAtATime oneNode;

    CustomerSearchBackfill(Customers customers, TransactionTemplate tx, OneNodeAtATime oneNode) {
        this.customers = customers;
        this.tx = tx;
        this.oneNode = oneNode;
    }

    @Override
    public void run(ApplicationArguments args) {
        oneNode.run("customer-search-backfill", Duration.ofMinutes(30), () -> {
            int done;
            do {
                done = tx.execute(status -> {
                    List<Customer> batch = customers.findWithoutSearchIndex(PageRequest.of(0, BATCH));
                    batch.forEach(Customer::reindexForSearch);
                    return batch.size();
                });
            } while (done == BATCH);
        });
    }
}
