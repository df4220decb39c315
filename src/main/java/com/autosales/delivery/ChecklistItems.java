package com.autosales.delivery;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistItems extends JpaRepository<ChecklistItem, Long> {

    List<ChecklistItem> findByActiveTrueOrderByStageAscPositionAscIdAsc();

    List<ChecklistItem> findAllByOrderByStageAscPositionAscIdAsc();
}
