package com.autosales.leads;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LostReasons extends JpaRepository<LostReason, Long> {

    @Query("select r from LostReason r where r.active = true order by r.sortOrder, r.id")
    List<LostReason> active();

    @Query("select coalesce(max(r.sortOrder), 0) from LostReason r")
    int maxSortOrder();
}
