package com.autosales.leads;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LevelSettings extends JpaRepository<LevelSetting, Long> {

    List<LevelSetting> findByStoreId(Long storeId);
}
