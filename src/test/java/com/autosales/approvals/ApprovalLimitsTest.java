package com.autosales.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import org.junit.jupiter.api.Test;

class ApprovalLimitsTest {

    static final ApproverStep MANAGER = ApproverStep.managerOfRequester();
    static final ApproverStep GM = ApproverStep.position("gm");
    static final ApproverStep FINANCE = ApproverStep.user("finance");

    static final ApprovalLimits DISCOUNT = ApprovalLimits.onPercentage().always(MANAGER).above("3", GM);

    static ApprovalContext discountOf(String percent) {
        return new ApprovalContext("sales", "quote", 1L, "consultant1", 3L, 10L, null, Percentage.of(percent));
    }

    static ApprovalContext amountOf(long yuan) {
        return new ApprovalContext("marketing", "expense", 1L, "consultant1", 3L, 10L, Money.of(yuan), null);
    }

    @Test
    void aDiscountUpToThreePercentNeedsOnlyTheSalesManager() {
        assertThat(DISCOUNT.stepsFor(discountOf("2"))).containsExactly(MANAGER);
        assertThat(DISCOUNT.stepsFor(discountOf("3"))).containsExactly(MANAGER);
    }

    @Test
    void aDiscountAboveThreePercentAlsoNeedsTheGm() {
        assertThat(DISCOUNT.stepsFor(discountOf("3.01"))).containsExactly(MANAGER, GM);
        assertThat(DISCOUNT.stepsFor(discountOf("12"))).containsExactly(MANAGER, GM);
    }

    @Test
    void amountTiersAddTheirStepsInAscendingOrderWhateverOrderTheyWereDeclaredIn() {
        ApprovalLimits expenses = ApprovalLimits.onAmount().above("50000", FINANCE).above("10000", GM).always(MANAGER);
        assertThat(expenses.stepsFor(amountOf(8000))).containsExactly(MANAGER);
        assertThat(expenses.stepsFor(amountOf(20000))).containsExactly(MANAGER, GM);
        assertThat(expenses.stepsFor(amountOf(60000))).containsExactly(MANAGER, GM, FINANCE);
    }

    @Test
    void aStepNamedInSeveralTiersIsNeededOnce() {
        ApprovalLimits limits = ApprovalLimits.onAmount().always(MANAGER).above("0", MANAGER, GM);
        assertThat(limits.stepsFor(amountOf(1))).containsExactly(MANAGER, GM);
    }

    @Test
    void aTableOnPercentagesRefusesARequestWithoutOne() {
        assertThatThrownBy(() -> DISCOUNT.stepsFor(amountOf(100))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPolicyDeclaredFromATableUsesIt() {
        ApprovalPolicy policy = ApprovalPolicy.of("sales.discount", DISCOUNT::stepsFor);
        assertThat(policy.code()).isEqualTo("sales.discount");
        assertThat(policy.steps(discountOf("5"))).containsExactly(MANAGER, GM);
        assertThat(ApprovalPolicy.fixed("x", MANAGER).steps(amountOf(1))).containsExactly(MANAGER);
    }
}
