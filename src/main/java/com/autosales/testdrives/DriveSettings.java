package com.autosales.testdrives;

import org.springframework.data.jpa.repository.JpaRepository;

interface DriveSettings extends JpaRepository<DriveSetting, Long> {
}
