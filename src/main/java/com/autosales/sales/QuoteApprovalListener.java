package com.autosales.sales;

import com.autosales.approvals.ApprovalGranted;
import com.autosales.approvals.ApprovalReturned;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Brings the discount approval's outcome back to the quote: approved → may be given; returned → draft with comment. */
@Component
class QuoteApprovalListener {

    private final Quotes quotes;
    private final Clock clock;

    QuoteApprovalListener(Quotes quotes, Clock clock) {
        this.quotes = quotes;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ApprovalGranted event) {
        if (DiscountAuthorities.POLICY.equals(event.policyCode())) {
            quotes.findById(event.recordId()).ifPresent(q -> q.approvalGranted(clock.instant()));
        }
    }

    @ApplicationModuleListener
    void on(ApprovalReturned event) {
        if (DiscountAuthorities.POLICY.equals(event.policyCode())) {
            quotes.findById(event.recordId()).ifPresent(q -> q.approvalReturned(event.comment(), clock.instant()));
        }
    }
}
