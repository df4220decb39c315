package com.autosales.meetings;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingPacks extends JpaRepository<MeetingPack, Long> {
}
