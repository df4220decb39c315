package com.autosales.access;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Roles extends JpaRepository<Role, Long> {

    List<Role> findByCodeIn(Collection<String> codes);
}
