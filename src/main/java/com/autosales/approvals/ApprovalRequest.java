package com.autosales.approvals;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import java.util.List;
import java.util.Objects;

/**
 * What a module asks to have approved. Build it with {@link #of} and the {@code with…} methods:
 * <pre>{@code
 * ApprovalRequest.of("sales", "quote", quoteId, "sales.discount")
 *         .titled("sales.approval.discount", customerName, model)
 *         .linkedTo("/quotes/" + quoteId)
 *         .withPercentage(discount);
 * }</pre>
 *
 * @param module     the requesting module, e.g. {@code sales}
 * @param recordType what is approved, e.g. {@code quote}; with {@code recordId} it names the record
 * @param policyCode the {@link ApprovalPolicy} that chooses the approvers
 * @param titleKey   message key of the title, so each reader sees it in their language; {@code titleArgs} fill it
 * @param link       the record's page, a path inside the app
 * @param amount     optional amount (e.g. the discount in yuan), shown and available to the policy
 * @param percentage optional percentage (e.g. the discount rate), shown and available to the policy
 * @param note       optional reason from the requester, shown in the history
 */
public record ApprovalRequest(String module, String recordType, Long recordId, String policyCode, String titleKey,
        List<String> titleArgs, String link, Money amount, Percentage percentage, String note) {

    public ApprovalRequest {
        requireText(module, "module");
        requireText(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        requireText(policyCode, "policyCode");
        titleArgs = titleArgs == null ? List.of() : List.copyOf(titleArgs);
        if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
            throw new IllegalArgumentException("link must be a path inside the app: " + link);
        }
    }

    public static ApprovalRequest of(String module, String recordType, Long recordId, String policyCode) {
        return new ApprovalRequest(module, recordType, recordId, policyCode, null, List.of(), null, null, null, null);
    }

    public ApprovalRequest titled(String key, String... args) {
        return new ApprovalRequest(module, recordType, recordId, policyCode, key, List.of(args), link, amount,
                percentage, note);
    }

    public ApprovalRequest linkedTo(String path) {
        return new ApprovalRequest(module, recordType, recordId, policyCode, titleKey, titleArgs, path, amount,
                percentage, note);
    }

    public ApprovalRequest withAmount(Money value) {
        return new ApprovalRequest(module, recordType, recordId, policyCode, titleKey, titleArgs, link, value,
                percentage, note);
    }

    public ApprovalRequest withPercentage(Percentage value) {
        return new ApprovalRequest(module, recordType, recordId, policyCode, titleKey, titleArgs, link, amount,
                value, note);
    }

    public ApprovalRequest withNote(String text) {
        return new ApprovalRequest(module, recordType, recordId, policyCode, titleKey, titleArgs, link, amount,
                percentage, text);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
