package com.autosales.approvals;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeputyRecords extends JpaRepository<Deputy, Long> {

    String ACTIVE = " d.cancelledAt is null and d.startsOn <= :day and d.endsOn >= :day";

    /** Whose approvals {@code deputy} may decide on {@code day}. */
    @Query("select distinct d.principal from Deputy d where d.deputy = :deputy and" + ACTIVE)
    List<String> principalsOf(String deputy, LocalDate day);

    /** Who stands in for {@code principal} on {@code day}. */
    @Query("select distinct d.deputy from Deputy d where d.principal = :principal and" + ACTIVE)
    List<String> deputiesOf(String principal, LocalDate day);

    @Query("select count(d) from Deputy d where d.principal = :principal and d.cancelledAt is null "
            + "and d.startsOn <= :endsOn and d.endsOn >= :startsOn")
    long countOverlapping(String principal, LocalDate startsOn, LocalDate endsOn);

    @Query("select d from Deputy d where d.principal = :username or d.deputy = :username order by d.startsOn desc, d.id desc")
    List<Deputy> involving(String username);
}
