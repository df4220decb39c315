package com.autosales.sales;

import static com.autosales.sales.LoanStatus.APPROVED;
import static com.autosales.sales.LoanStatus.CANCELLED;
import static com.autosales.sales.LoanStatus.COLLECTING;
import static com.autosales.sales.LoanStatus.DISBURSED;
import static com.autosales.sales.LoanStatus.REJECTED;
import static com.autosales.sales.LoanStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LoanStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    void anApplicationGoesFromCollectingThroughTheLenderToDisbursement() {
        assertThat(COLLECTING.canMoveTo(SUBMITTED)).isTrue();
        assertThat(SUBMITTED.canMoveTo(APPROVED)).isTrue();
        assertThat(SUBMITTED.canMoveTo(REJECTED)).isTrue();
        assertThat(APPROVED.canMoveTo(DISBURSED)).isTrue();
    }

    @Test
    void noStepIsSkippedAndFinishedApplicationsStayFinished() {
        assertThat(COLLECTING.canMoveTo(APPROVED)).isFalse();
        assertThat(COLLECTING.canMoveTo(DISBURSED)).isFalse();
        assertThat(SUBMITTED.canMoveTo(DISBURSED)).isFalse();
        for (LoanStatus finished : new LoanStatus[] {REJECTED, DISBURSED, CANCELLED}) {
            for (LoanStatus any : LoanStatus.values()) {
                assertThat(finished.canMoveTo(any)).as(finished + " → " + any).isFalse();
            }
        }
    }

    @Test
    void anApplicationMayBeWithdrawnUntilTheMoneyIsPaidOut() {
        assertThat(COLLECTING.canMoveTo(CANCELLED)).isTrue();
        assertThat(SUBMITTED.canMoveTo(CANCELLED)).isTrue();
        assertThat(APPROVED.canMoveTo(CANCELLED)).isTrue();
        assertThat(DISBURSED.canMoveTo(CANCELLED)).isFalse();
    }

    @Test
    void rejectedAndWithdrawnApplicationsFreeTheContractForANewOne() {
        assertThat(REJECTED.live()).isFalse();
        assertThat(CANCELLED.live()).isFalse();
        assertThat(DISBURSED.live()).isTrue();
        assertThat(COLLECTING.live()).isTrue();
    }

    @Test
    void approvingAnApplicationStillCollectingDocumentsIsRefusedWithAStableCode() {
        Loan loan = loanOf(100_000);
        assertThatThrownBy(() -> loan.approve("REF", terms(100_000), TODAY, NOW))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("sales.loan.illegal-transition");
        assertThat(loan.status()).isEqualTo(COLLECTING);
    }

    @Test
    void theLenderMayGrantLessButNotMoreThanAppliedFor() {
        Loan loan = loanOf(100_000);
        loan.submit(TODAY, NOW);
        assertThatThrownBy(() -> loan.approve("REF", terms(120_000), TODAY, NOW))
                .extracting("code").isEqualTo("sales.loan.approved-amount-invalid");
        loan.approve("GH-2026-001", terms(90_000), TODAY, NOW);
        assertThat(loan.amount()).isEqualTo(Money.of(90_000));
        assertThat(loan.monthlyPayment()).isEqualTo(FinancePlan.of(Money.of(90_000), 36, Percentage.of("4.5")).monthlyPayment());
    }

    @Test
    void disbursementIsNotInTheFutureNorAboveTheApprovedAmount() {
        Loan loan = loanOf(100_000);
        loan.submit(TODAY, NOW);
        loan.approve(null, terms(100_000), TODAY, NOW);
        assertThatThrownBy(() -> loan.disburse(TODAY.plusDays(1), Money.of(100_000), TODAY, NOW))
                .extracting("code").isEqualTo("sales.loan.disbursed-on-invalid");
        assertThatThrownBy(() -> loan.disburse(TODAY, Money.of(100_001), TODAY, NOW))
                .extracting("code").isEqualTo("sales.loan.disbursed-amount-invalid");
        loan.disburse(TODAY, Money.of(100_000), TODAY, NOW);
        assertThat(loan.status()).isEqualTo(DISBURSED);
    }

    @Test
    void rejectingAndWithdrawingNeedAReason() {
        Loan loan = loanOf(100_000);
        assertThatThrownBy(() -> loan.cancel(" ", NOW)).extracting("code").isEqualTo("sales.loan.reason-required");
        loan.submit(TODAY, NOW);
        assertThatThrownBy(() -> loan.reject(null, TODAY, NOW)).extracting("code").isEqualTo("sales.loan.reason-required");
        loan.reject("征信不良", TODAY, NOW);
        assertThat(loan.rejectReason()).isEqualTo("征信不良");
    }

    @Test
    void theAmountMayNotExceedTheContractsLoan() {
        assertThatThrownBy(() -> loanOf(200_000)).extracting("code").isEqualTo("sales.loan.amount-invalid");
    }

    private static LoanTerms terms(long amount) {
        return new LoanTerms("招商银行", Money.of(amount), 36, Percentage.of(new BigDecimal("4.5")), null);
    }

    /** An application for a contract financing 150,000.20 (70 % of 214,286). */
    private static Loan loanOf(long amount) {
        QuoteFigures figures = QuoteFigures.of(new QuoteFigures.Inputs(Money.of(214_286), Money.ZERO, Money.ZERO,
                Money.ZERO, Money.ZERO, Money.ZERO, PaymentMethod.FINANCE, Percentage.of("30"), 36, Percentage.of("4.5")));
        ContractView contract = new ContractView(1L, "HT000001", ContractStatus.APPROVED, 1L, 1L, 1L, 1L, 1L, "顾问",
                "张三", null, null, null, 1L, "trim", "黑", "黑", null, null, null, null, PaymentMethod.FINANCE, figures,
                Money.of(5000), TODAY, "terms", null, null, null, null, null, null, null, NOW, NOW, 0);
        return new Loan(contract, terms(amount), NOW);
    }
}
