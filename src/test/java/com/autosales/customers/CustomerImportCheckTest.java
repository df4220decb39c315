package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.org.EmployeeStatus;
import com.autosales.org.EmployeeView;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules a row of an import file must pass: the form's rules plus the file's own (labels, owners). */
class CustomerImportCheckTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Map<String, String> ZH = Map.of("customer.kind.INDIVIDUAL", "个人", "customer.kind.ORGANISATION", "单位",
            "customer.lifecycle.POTENTIAL", "潜在客户", "customer.lifecycle.NEW", "新客户", "customer.lifecycle.OLD", "老客户",
            "customer.grade.A", "A 级", "customer.grade.B", "B 级", "customer.grade.C", "C 级");
    private static final Map<String, String> EN = Map.of("customer.kind.INDIVIDUAL", "Individual",
            "customer.kind.ORGANISATION", "Organisation", "customer.lifecycle.POTENTIAL", "Prospect",
            "customer.lifecycle.NEW", "New customer", "customer.lifecycle.OLD", "Existing customer",
            "customer.grade.A", "Grade A", "customer.grade.B", "Grade B", "customer.grade.C", "Grade C");
    private static final List<EmployeeView> STAFF = List.of(
            new EmployeeView(1L, "E1", "张伟", "13800000001", null, null, 10L, null, EmployeeStatus.values()[0]),
            new EmployeeView(2L, "E2", "李娜", "13800000002", null, null, 10L, null, EmployeeStatus.values()[0]),
            new EmployeeView(3L, "E3", "李娜", "13800000003", null, null, 10L, null, EmployeeStatus.values()[0]));

    private final CustomerImportCheck check = new CustomerImportCheck(Map.of(CustomerImportField.NAME, 0,
            CustomerImportField.KIND, 1, CustomerImportField.PHONE, 2, CustomerImportField.LIFECYCLE, 3,
            CustomerImportField.GRADE, 4, CustomerImportField.OWNER, 5), VALIDATOR,
            (key, locale) -> (locale.equals(Locale.ENGLISH) ? EN : ZH).getOrDefault(key, key), STAFF, 9L);

    @Test
    void valuesAreUnderstoodAsCodesOrAsChineseOrEnglishLabels() {
        CustomerImportCheck.Checked row = check.check(2, List.of("王芳", "Organisation", "+86 139-1234-0001", "潜在", "a 级", "张伟"));
        assertThat(row.valid()).isTrue();
        assertThat(row.details().kind()).isEqualTo(CustomerKind.ORGANISATION);
        assertThat(row.details().lifecycle()).isEqualTo(Lifecycle.POTENTIAL);
        assertThat(row.details().grade()).isEqualTo(Grade.A);
        assertThat(row.phoneNormalized()).isEqualTo("13912340001");
        assertThat(row.ownerEmployeeId()).isEqualTo(1L);
        assertThat(check.check(3, List.of("王芳", "个人", "", "New customer", "B", "13800000002")).ownerEmployeeId()).isEqualTo(2L);
    }

    @Test
    void emptyChoicesTakeTheFormsDefaultsAndAnEmptyOwnerTheDefaultOwner() {
        CustomerImportCheck.Checked row = check.check(2, List.of("王芳"));
        assertThat(row.valid()).isTrue();
        assertThat(row.details().kind()).isEqualTo(CustomerKind.INDIVIDUAL);
        assertThat(row.details().lifecycle()).isEqualTo(Lifecycle.POTENTIAL);
        assertThat(row.details().grade()).isNull();
        assertThat(row.ownerEmployeeId()).isEqualTo(9L);
    }

    @Test
    void everyProblemOfARowIsReportedWithItsColumn() {
        CustomerImportCheck.Checked row = check.check(7, List.of("", "robot", "12345", "someday", "Z", "李娜"));
        assertThat(row.valid()).isFalse();
        assertThat(row.problems()).extracting(p -> p.field() + " " + p.key()).containsExactly(
                "NAME error.customer.import-required",
                "KIND error.customer.import-unknown-value",
                "PHONE customer.phone.invalid",
                "LIFECYCLE error.customer.import-unknown-value",
                "GRADE error.customer.import-unknown-value",
                "OWNER error.customer.import-owner-ambiguous");
        assertThat(check.check(8, List.of("x", "", "", "", "", "nobody")).problems())
                .extracting(CustomerImportCheck.Problem::key).containsExactly("error.customer.import-owner-unknown");
        assertThat(check.check(9, List.of("x".repeat(121))).problems())
                .extracting(p -> p.key() + p.args()).containsExactly("error.customer.import-too-long[120]");
    }

    @Test
    void rowsWithNothingInTheMappedColumnsAreBlank() {
        assertThat(check.blank(List.of("", " ", ""))).isTrue();
        assertThat(check.blank(List.of("", "", "", "", "", "", "ignored column"))).isTrue();
        assertThat(check.blank(List.of("", "个人"))).isFalse();
    }
}
