package org.kasang.organisations.internal;

import org.kasang.organisations.Person;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {
}
