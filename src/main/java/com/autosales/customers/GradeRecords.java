package com.autosales.customers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface GradeRecords extends JpaRepository<GradeRecord, Long> {

    /** The effective grade on the customer row (lists and filters read it); not an edit of the card: no version bump. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Customer c set c.grade = :grade where c.id = :id")
    int setEffectiveGrade(Long id, Grade grade);

    @Query("select g.customerId from GradeRecord g order by g.customerId")
    List<Long> gradedCustomerIds();

    @Query("select g.customerId from GradeRecord g, Customer c where c.id = g.customerId and c.storeId = :storeId")
    List<Long> gradedCustomerIdsOfStore(Long storeId);
}
