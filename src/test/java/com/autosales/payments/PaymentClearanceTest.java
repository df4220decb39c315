package com.autosales.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.payments.PaymentClearance.Clearance;
import com.autosales.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class PaymentClearanceTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 5, 1);

    private static Clearance clearance(long expected, long received, long customerDue, long fromCustomer,
            long loanExpected, long fromLender) {
        long balance = Math.max(expected - received, 0);
        return new Clearance(Money.of(expected), Money.of(received), Money.of(balance), Money.of(customerDue),
                Money.of(fromCustomer), Money.of(loanExpected), Money.of(fromLender));
    }

    @Test
    void aCashContractPaidInFullIsCleared() {
        assertThat(clearance(200_000, 200_000, 200_000, 200_000, 0, 0).cleared()).isTrue();
    }

    @Test
    void aFinancedContractIsClearedWhenTheLoanIsDisbursedAndTheCustomerPaidTheirPartEvenIfTheLenderPaidLess() {
        Clearance c = clearance(200_000, 190_000, 80_000, 80_000, 120_000, 110_000);

        assertThat(c.balance()).isEqualTo(Money.of(10_000));
        assertThat(c.paidInFull()).isFalse();
        assertThat(c.loanDisbursed()).isTrue();
        assertThat(c.cleared()).isTrue();
    }

    @Test
    void aDisbursedLoanDoesNotClearTheCarWhileTheCustomersOwnPartIsUnpaid() {
        assertThat(clearance(200_000, 150_000, 80_000, 30_000, 120_000, 120_000).cleared()).isFalse();
    }

    @Test
    void nothingDisbursedWithABalanceLeftIsNotCleared() {
        assertThat(clearance(200_000, 80_000, 80_000, 80_000, 120_000, 0).cleared()).isFalse();
        assertThat(clearance(200_000, 5_000, 200_000, 5_000, 0, 0).cleared()).isFalse();
    }

    // the ledger as the clearance reads it

    private final ReceivableAccount financed = new ReceivableAccount(new ContractFacts(1L, "HT000001", 2L, "王芳", 3L,
            4L, "张顾问", Money.of(200_000), Money.of(5_000), Money.of(120_000), SIGNED, SIGNED.plusDays(10)));
    private final List<Payment> ledger = new ArrayList<>();

    private Payment book(PaymentKind kind, PaymentChannel channel, long signedAmount, Long reverses) {
        Payment p = new Payment("key-" + ledger.size(), financed, kind, channel, Money.of(signedAmount), SIGNED, null,
                null, null, reverses, "finance", "财务", Instant.parse("2026-05-01T02:00:00Z"));
        ReflectionTestUtils.setField(p, "id", (long) ledger.size() + 1);
        financed.book(Money.of(signedAmount));
        ledger.add(p);
        return p;
    }

    @Test
    void theLedgerSplitsWhatTheCustomerAndTheLenderPaid() {
        book(PaymentKind.DEPOSIT, PaymentChannel.CASH, 5_000, null);
        book(PaymentKind.DOWN_PAYMENT, PaymentChannel.BANK_TRANSFER, 75_000, null);
        book(PaymentKind.LOAN_DISBURSEMENT, PaymentChannel.LOAN, 120_000, null);

        Clearance c = PaymentClearance.clearance(financed, ledger);

        assertThat(c.customerDue()).isEqualTo(Money.of(80_000));
        assertThat(c.fromCustomer()).isEqualTo(Money.of(80_000));
        assertThat(c.loanExpected()).isEqualTo(Money.of(120_000));
        assertThat(c.fromLender()).isEqualTo(Money.of(120_000));
        assertThat(c.cleared()).isTrue();
    }

    @Test
    void aReversedLoanDisbursementCountsForNothing() {
        book(PaymentKind.DEPOSIT, PaymentChannel.CASH, 5_000, null);
        book(PaymentKind.DOWN_PAYMENT, PaymentChannel.BANK_TRANSFER, 75_000, null);
        Payment loan = book(PaymentKind.LOAN_DISBURSEMENT, PaymentChannel.LOAN, 120_000, null);
        book(PaymentKind.REVERSAL, PaymentChannel.LOAN, -120_000, loan.id());

        Clearance c = PaymentClearance.clearance(financed, ledger);

        assertThat(c.fromLender()).isEqualTo(Money.ZERO);
        assertThat(c.fromCustomer()).isEqualTo(Money.of(80_000));
        assertThat(c.loanDisbursed()).isFalse();
        assertThat(c.cleared()).isFalse();
    }

    @Test
    void aReversedDownPaymentLeavesTheCustomersPartOpenDespiteTheLoan() {
        book(PaymentKind.DEPOSIT, PaymentChannel.CASH, 5_000, null);
        Payment down = book(PaymentKind.DOWN_PAYMENT, PaymentChannel.BANK_TRANSFER, 75_000, null);
        book(PaymentKind.LOAN_DISBURSEMENT, PaymentChannel.LOAN, 120_000, null);
        book(PaymentKind.REVERSAL, PaymentChannel.BANK_TRANSFER, -75_000, down.id());

        Clearance c = PaymentClearance.clearance(financed, ledger);

        assertThat(c.fromCustomer()).isEqualTo(Money.of(5_000));
        assertThat(c.cleared()).isFalse();
    }
}
