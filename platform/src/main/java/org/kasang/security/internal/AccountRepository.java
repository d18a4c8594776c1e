package org.kasang.security.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface AccountRepository extends JpaRepository<Account, Long> {
    Optional<Account> findByUsername(String username);

    Optional<Account> findByKeycloakSubject(String subject);

    Optional<Account> findByPersonId(long personId);

    /** Person id, username and enabled flag per account, without loading roles: one query for a page. */
    @org.springframework.data.jpa.repository.Query(
            "select a.personId, a.username, a.enabled from Account a where a.personId in :personIds")
    java.util.List<Object[]> signInsOf(java.util.Collection<Long> personIds);

    @org.springframework.data.jpa.repository.Query(nativeQuery = true, value = """
            select a.person_id from account a join account_role r on r.account_id = a.id
            where r.role = :role and a.enabled order by a.person_id""")
    java.util.List<Long> enabledPersonIdsWithRole(String role);

    boolean existsByUsername(String username);
}
