package com.autosales.scorecards;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Contests extends JpaRepository<Contest, Long> {

    List<Contest> findByStoreIdOrderByPeriodFromDescIdDesc(Long storeId);

    Optional<Contest> findByIdAndStoreId(Long id, Long storeId);
}
