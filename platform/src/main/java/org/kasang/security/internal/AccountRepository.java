package org.kasang.security.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface AccountRepository extends JpaRepository<Account, Long> {
    Optional<Account> findByUsername(String username);

    Optional<Account> findByKeycloakSubject(String subject);

    Optional<Account> findByPersonId(long personId);

    boolean existsByUsername(String username);
}
