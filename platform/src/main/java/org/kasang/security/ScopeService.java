package org.kasang.security;

import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

@Service
public class ScopeService {

    private final CurrentUser currentUser;
    private final CoachedCbos coachedCbos;
    private final Clock clock;

    ScopeService(CurrentUser currentUser, CoachedCbos coachedCbos, Clock clock) {
        this.currentUser = currentUser;
        this.coachedCbos = coachedCbos;
        this.clock = clock;
    }

    public Scope current() {
        SignedInUser user = currentUser.require();
        if (user.has(Role.ADMIN)) {
            return new Scope(user.personId(), Set.of(), true);
        }
        Set<Long> cbos = user.has(Role.COACH)
                ? coachedCbos.assignedTo(user.personId(), LocalDate.now(clock))
                : Set.of();
        return new Scope(user.personId(), cbos, false);
    }
}
