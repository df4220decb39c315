package com.autosales.payments;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.sales.ContractFulfilment;
import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 收款 — records each payment once: the caller's idempotency key is unique in the ledger, so a double click or a retried
 * API call answers the payment already recorded instead of a second one. Payments to one contract are booked under a
 * lock on its receivable account, so together they never exceed what the contract expects. A wrong payment is never
 * edited: it is reversed by a counter-entry with a reason, at most once.
 */
@Service
public class PaymentManagement {

    static final int PAGE_SIZE = 30;

    private final Payments payments;
    private final ReceivableAccounts accounts;
    private final CreditExposure exposure;
    private final ContractFulfilment contracts;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    PaymentManagement(Payments payments, ReceivableAccounts accounts, CreditExposure exposure,
            ContractFulfilment contracts, CurrentUsers currentUsers, AuditTrail audit,
            PlatformTransactionManager transactions, org.springframework.context.ApplicationEventPublisher events,
            Clock clock) {
        this.payments = payments;
        this.accounts = accounts;
        this.exposure = exposure;
        this.contracts = contracts;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.events = events;
        this.clock = clock;
    }

    /** The result of recording: the payment, and whether this call wrote it (false: the key was used before). */
    public record Recorded(PaymentView payment, boolean created) {
    }

    /** Records a payment of a contract in the caller's scope; the same key again answers the first payment. */
    @PreAuthorize("hasAuthority('payments:create')")
    public Recorded record(String idempotencyKey, PaymentRequest request) {
        String key = IdempotencyKeys.check(idempotencyKey);
        return once(key, () -> {
            request.validate(LocalDate.now(clock));
            ReceivableAccount locked = accounts.lockFor(visibleAccountId(request.contractId())).orElseThrow();
            if (locked.cancelled() && request.kind() != PaymentKind.REFUND) {
                throw new DomainException("payments.contract-cancelled");
            }
            Money signed = request.kind() == PaymentKind.REFUND ? request.money().times(java.math.BigDecimal.ONE.negate())
                    : request.money();
            Payment payment = book(key, locked, request.kind(), request.channel(), signed, request.paidOn(),
                    request.payer(), request.reference(), request.note(), null);
            if (request.kind() == PaymentKind.DEPOSIT) {
                contracts.depositPaid(locked.contractId(), request.money(), payment.reference());
            }
            return payment;
        });
    }

    /** 冲正 — a counter-entry of the opposite sign, with a reason; a payment is reversed at most once. */
    @PreAuthorize("hasAuthority('payments:approve')")
    public Recorded reverse(Long paymentId, String idempotencyKey, String reason) {
        String key = IdempotencyKeys.check(idempotencyKey);
        return once(key, () -> {
            if (reason == null || reason.isBlank() || reason.length() > 500) {
                throw new DomainException("payments.reason-required");
            }
            Payment original = visible(paymentId);
            ReceivableAccount locked = accounts.lockFor(original.contractId()).orElseThrow();
            if (original.kind() == PaymentKind.REVERSAL || payments.existsByReversesId(original.id())) {
                throw new DomainException("payments.already-reversed");
            }
            return book(key, locked, PaymentKind.REVERSAL, original.method(), original.amount().times(java.math.BigDecimal.ONE.negate()),
                    LocalDate.now(clock), null, original.reference(), reason, original.id());
        });
    }

    /**
     * Books a payment the system records for a module without a signed-in user (the lender's disbursement, the refund
     * of a cancelled contract); the key makes a repeated event book it once.
     */
    Optional<PaymentView> bookForSystem(String key, Long contractId, PaymentKind kind, PaymentChannel channel,
            Money signedAmount, LocalDate on, String reference, String note) {
        return Optional.of(once(key, () -> {
            ReceivableAccount locked = accounts.lockFor(contractId).orElseThrow(
                    () -> new RecordNotFoundException("receivable-account", contractId));
            return book(key, locked, kind, channel, signedAmount, on, null, reference, note, null);
        }).payment());
    }

    private Payment book(String key, ReceivableAccount account, PaymentKind kind, PaymentChannel channel, Money signed,
            LocalDate on, String payer, String reference, String note, Long reverses) {
        Optional<Payment> meanwhile = payments.findByIdempotencyKey(key);
        if (meanwhile.isPresent()) {
            return meanwhile.get().markRecordedEarlier();
        }
        account.book(signed);
        Optional<CurrentUser> me = currentUsers.find();
        Payment payment = payments.saveAndFlush(new Payment(key, account, kind, channel, signed, on, payer, reference,
                note, reverses, me.map(CurrentUser::username).orElse("system"), me.map(CurrentUser::displayName).orElse(null),
                clock.instant()));
        payment.numberIsAssigned();
        audit.record(AuditRecord.of("payment", payment.id(), kind.name(), account.contractNumber(),
                FieldChange.of("amount", null, signed), FieldChange.of("received", null, account.received())));
        exposure.publish(account.customerId());
        events.publishEvent(new PaymentRecorded(payment.id(), account.contractId(), account.storeId(),
                account.ownerEmployeeId(), kind, signed, on));
        return payment;
    }

    /**
     * Runs the booking in a transaction. A key already in the ledger answers that payment: looked up first, again once
     * the booking holds the contract's lock (a payment with the same key may have been committed meanwhile), and after
     * a unique-key refusal as the last resort.
     */
    private Recorded once(String key, Supplier<Payment> booking) {
        Optional<Payment> earlier = payments.findByIdempotencyKey(key);
        if (earlier.isPresent()) {
            return new Recorded(view(earlier.get()), false);
        }
        try {
            Payment written = transaction.execute(status -> booking.get());
            boolean created = !written.recordedEarlier();
            // not the read-only template: this may run inside an event listener's transaction, which must still flush
            return new Recorded(transaction.execute(status -> view(payments.findById(written.id()).orElseThrow())), created);
        } catch (DataIntegrityViolationException e) {
            Payment first = payments.findByIdempotencyKey(key).orElseThrow(() -> e);
            return new Recorded(view(first), false);
        }
    }

    @PreAuthorize("hasAuthority('payments:view')")
    public PaymentView get(Long id) {
        return readOnly.execute(status -> view(visible(id)));
    }

    /** The ledger in my scope, newest first, for a period (default the last 90 days). */
    @PreAuthorize("hasAuthority('payments:view')")
    public Page<PaymentView> list(PaymentKind kind, Long contractId, LocalDate from, LocalDate to, int page) {
        LocalDate until = to == null ? LocalDate.now(clock) : to;
        LocalDate since = from == null ? until.minusDays(90) : from;
        RecordScope s = currentUsers.scope();
        return readOnly.execute(status -> {
            Page<Payment> found = payments.list(s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery(),
                    kind, contractId, since, until, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
            List<Long> reversed = found.isEmpty() ? List.of() : payments.reversedAmong(found.map(Payment::id).getContent());
            return found.map(p -> view(p, reversed.contains(p.id())));
        });
    }

    /** Every payment of a contract in my scope, oldest first. */
    @PreAuthorize("hasAuthority('payments:view')")
    public List<PaymentView> ofContract(Long contractId) {
        return readOnly.execute(status -> {
            visibleAccountId(contractId);
            List<Payment> all = payments.findByContractIdOrderByPaidOnAscIdAsc(contractId);
            List<Long> reversed = all.stream().map(Payment::reversesId).filter(java.util.Objects::nonNull).toList();
            return all.stream().map(p -> view(p, reversed.contains(p.id()))).toList();
        });
    }

    private PaymentView view(Payment p) {
        return view(p, payments.existsByReversesId(p.id()));
    }

    private PaymentView view(Payment p, boolean reversed) {
        String customer = accounts.findById(p.contractId()).map(ReceivableAccount::customerName).orElse(null);
        return p.view(customer, reversed);
    }

    private Payment visible(Long id) {
        RecordScope s = currentUsers.scope();
        return payments.findVisible(id, s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery())
                .orElseThrow(() -> new RecordNotFoundException("payment", id));
    }

    private Long visibleAccountId(Long contractId) {
        RecordScope s = currentUsers.scope();
        return accounts.findVisibleId(contractId, s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery())
                .orElseThrow(() -> new DomainException("payments.contract-not-signed"));
    }
}
