package com.autosales.customers;

import com.autosales.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One sale sales reported for a customer: its date, revenue and gross margin (for the 12-month grade window). */
@Entity
@Table(name = "customer_sale_line")
class SaleLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long customerId;
    private LocalDate soldOn;
    private Money revenue;
    private Money margin;
    private Instant recordedAt;

    protected SaleLine() {
    }

    SaleLine(Long customerId, LocalDate soldOn, Money revenue, Money margin, Instant recordedAt) {
        this.customerId = customerId;
        this.soldOn = soldOn;
        this.revenue = revenue;
        this.margin = margin;
        this.recordedAt = recordedAt;
    }
}
