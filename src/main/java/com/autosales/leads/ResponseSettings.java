package com.autosales.leads;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResponseSettings extends JpaRepository<ResponseSetting, Long> {

    Optional<ResponseSetting> findByStoreId(Long storeId);
}
