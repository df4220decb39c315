package com.autosales.customers;

import com.autosales.org.EmployeeView;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The rules one row of an import file must pass — the same bean validation as the customer form, plus the
 * cell texts for type, stage and grade (code, Chinese or English label) and the owner (an employee of the
 * store by name or phone). Duplicates are found batch by batch by the dry run, not here.
 */
final class CustomerImportCheck {

    /** One problem of a row: which column, what was in it, and why (message key + arguments). */
    record Problem(CustomerImportField field, String value, String key, List<String> args, boolean duplicate) {
    }

    /** A row after the check: parsed details if it has no problems. */
    record Checked(int rowNo, CustomerDetails details, String phoneNormalized, Long ownerEmployeeId,
            List<Problem> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    static final String REQUIRED = "error.customer.import-required";
    static final String TOO_LONG = "error.customer.import-too-long";
    static final String INVALID = "error.customer.import-invalid";
    static final String UNKNOWN_VALUE = "error.customer.import-unknown-value";
    static final String OWNER_UNKNOWN = "error.customer.import-owner-unknown";
    static final String OWNER_AMBIGUOUS = "error.customer.import-owner-ambiguous";

    private final Map<CustomerImportField, Integer> mapping;
    private final Validator validator;
    private final Map<String, CustomerKind> kinds;
    private final Map<String, Lifecycle> lifecycles;
    private final Map<String, Grade> grades;
    private final Map<String, List<EmployeeView>> employeesByName = new HashMap<>();
    private final Map<String, EmployeeView> employeesByPhone = new HashMap<>();
    private final Long defaultOwner;

    /**
     * @param label  the text of a message key in a language (to accept labels in Chinese and English)
     * @param staff  the current employees of the importing store (possible owners)
     */
    CustomerImportCheck(Map<CustomerImportField, Integer> mapping, Validator validator,
            BiFunction<String, Locale, String> label, Collection<EmployeeView> staff, Long defaultOwner) {
        this.mapping = new EnumMap<>(mapping);
        this.validator = validator;
        this.kinds = lookup(CustomerKind.values(), "customer.kind.", label);
        this.lifecycles = lookup(Lifecycle.values(), "customer.lifecycle.", label);
        this.grades = lookup(Grade.values(), "customer.grade.", label);
        for (EmployeeView e : staff) {
            employeesByName.computeIfAbsent(normal(e.name()), k -> new ArrayList<>()).add(e);
            String phone = PhoneNumbers.normalise(e.phone());
            if (phone != null) {
                employeesByPhone.put(phone, e);
            }
        }
        this.defaultOwner = defaultOwner;
    }

    /** The languages whose labels a cell may use. */
    static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private static <E extends Enum<E>> Map<String, E> lookup(E[] values, String prefix,
            BiFunction<String, Locale, String> label) {
        Map<String, E> byText = new HashMap<>();
        for (E value : values) {
            byText.put(normal(value.name()), value);
            for (Locale language : LANGUAGES) {
                String text = normal(label.apply(prefix + value.name(), language));
                byText.put(text, value);
                // 潜在客户 → 潜在, "A 级" → a级 → a
                if (text.endsWith("客户") && text.length() > 2) {
                    byText.putIfAbsent(text.substring(0, text.length() - 2), value);
                }
            }
        }
        return byText;
    }

    /** Lower case, no spaces, no required-marker: how header and value texts are compared. */
    static String normal(String text) {
        return text == null ? "" : text.replaceAll("[\\s*＊]", "").toLowerCase(Locale.ROOT);
    }

    String cell(List<String> cells, CustomerImportField field) {
        Integer column = mapping.get(field);
        if (column == null || column >= cells.size()) {
            return "";
        }
        String value = cells.get(column);
        return value == null ? "" : value.trim();
    }

    /** Whether the mapped cells of this row are all empty (such rows are skipped, not counted). */
    boolean blank(List<String> cells) {
        return mapping.keySet().stream().allMatch(f -> cell(cells, f).isEmpty());
    }

    Checked check(int rowNo, List<String> cells) {
        List<Problem> problems = new ArrayList<>();
        String name = cell(cells, CustomerImportField.NAME);
        String phone = cell(cells, CustomerImportField.PHONE);
        CustomerKind kind = choice(cells, CustomerImportField.KIND, kinds, CustomerKind.INDIVIDUAL, problems);
        Lifecycle lifecycle = choice(cells, CustomerImportField.LIFECYCLE, lifecycles, Lifecycle.POTENTIAL, problems);
        Grade grade = choice(cells, CustomerImportField.GRADE, grades, null, problems);
        Long owner = owner(cell(cells, CustomerImportField.OWNER), problems);
        CustomerDetails details = new CustomerDetails(kind, name, phone.isEmpty() ? null : phone, lifecycle, grade);
        if (details.phoneIsMasked()) {
            problems.add(new Problem(CustomerImportField.PHONE, phone, "customer.phone.invalid", List.of(), false));
        }
        for (ConstraintViolation<CustomerDetails> violation : validator.validate(details)) {
            CustomerImportField field = fieldOf(violation.getPropertyPath().toString());
            if (field == null || problems.stream().anyMatch(p -> p.field() == field)) {
                continue;
            }
            problems.add(problemOf(field, cell(cells, field), violation));
        }
        problems.sort(java.util.Comparator.comparing(Problem::field));
        return new Checked(rowNo, details, PhoneNumbers.normalise(details.phone()), owner, List.copyOf(problems));
    }

    private static CustomerImportField fieldOf(String property) {
        return switch (property) {
            case "name" -> CustomerImportField.NAME;
            case "phone" -> CustomerImportField.PHONE;
            case "kind" -> CustomerImportField.KIND;
            case "lifecycle" -> CustomerImportField.LIFECYCLE;
            case "grade" -> CustomerImportField.GRADE;
            default -> null;
        };
    }

    private static Problem problemOf(CustomerImportField field, String value, ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        if (template.contains("NotBlank") || template.contains("NotNull")) {
            return new Problem(field, value, REQUIRED, List.of(), false);
        }
        if (template.contains("Size")) {
            return new Problem(field, value, TOO_LONG, List.of(String.valueOf(attributes.get("max"))), false);
        }
        if (template.startsWith("{customer.")) {
            return new Problem(field, value, template.substring(1, template.length() - 1), List.of(), false);
        }
        return new Problem(field, value, INVALID, List.of(), false);
    }

    private <E> E choice(List<String> cells, CustomerImportField field, Map<String, E> allowed, E blank,
            List<Problem> problems) {
        String text = cell(cells, field);
        if (text.isEmpty()) {
            return blank;
        }
        E value = allowed.get(normal(text));
        if (value == null) {
            problems.add(new Problem(field, text, UNKNOWN_VALUE, List.of(text), false));
            return blank;
        }
        return value;
    }

    private Long owner(String text, List<Problem> problems) {
        if (text.isEmpty()) {
            return defaultOwner;
        }
        String phone = PhoneNumbers.normalise(text);
        if (phone != null && phone.length() >= 7 && employeesByPhone.containsKey(phone)) {
            return employeesByPhone.get(phone).id();
        }
        List<EmployeeView> named = employeesByName.getOrDefault(normal(text), List.of());
        if (named.size() == 1) {
            return named.get(0).id();
        }
        problems.add(new Problem(CustomerImportField.OWNER, text, named.isEmpty() ? OWNER_UNKNOWN : OWNER_AMBIGUOUS,
                List.of(text), false));
        return null;
    }
}
