package com.autosales.testdrives;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DemoCars extends JpaRepository<DemoCar, Long> {

    List<DemoCar> findByStoreIdOrderByActiveDescModelNameAscIdAsc(Long storeId);

    List<DemoCar> findByStoreIdAndActiveTrueOrderByModelNameAscIdAsc(Long storeId);
}
