package com.autosales.testdrives;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DriveRoutes extends JpaRepository<DriveRoute, Long> {

    List<DriveRoute> findByStoreIdOrderByIdAsc(Long storeId);
}
