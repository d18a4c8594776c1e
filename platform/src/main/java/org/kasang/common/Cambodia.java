package org.kasang.common;

import java.time.ZoneId;

/** Where Kasang's users live: dates on certificates and exports are Cambodian dates, whatever the server's zone. */
public final class Cambodia {

    public static final ZoneId ZONE = ZoneId.of("Asia/Phnom_Penh");

    private Cambodia() {
    }
}
