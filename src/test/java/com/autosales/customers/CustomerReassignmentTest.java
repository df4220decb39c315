package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.shared.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerReassignmentTest {

    private final Instant now = Instant.parse("2026-11-25T08:00:00Z");

    private Customer ownedBy(Long owner) {
        return new Customer(1L, owner, new CustomerDetails(CustomerKind.INDIVIDUAL, "王五", null, Lifecycle.NEW, null), now);
    }

    @Test
    void aReassignedCustomerHasItsNewOwnerAndTellsWhoHadItBefore() {
        Customer customer = ownedBy(7L);
        assertThat(customer.reassignTo(8L, now)).isEqualTo(7L);
        assertThat(customer.ownerEmployeeId()).isEqualTo(8L);
    }

    @Test
    void aCustomerCannotBeHandedToItsOwnOwnerOrToNobody() {
        Customer customer = ownedBy(7L);
        assertThatThrownBy(() -> customer.reassignTo(7L, now)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "customer.already-owner");
        assertThatThrownBy(() -> customer.reassignTo(null, now)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "customer.owner-required");
        assertThat(customer.ownerEmployeeId()).isEqualTo(7L);
    }

    @Test
    void theHandoverWhenAnEmployeeLeavesStillWorks() {
        Customer customer = ownedBy(7L);
        assertThat(customer.handOverTo(9L, now).after()).isEqualTo("9");
        assertThat(customer.ownerEmployeeId()).isEqualTo(9L);
    }
}
