package org.kasang.security.internal;

import java.security.SecureRandom;

/**
 * First passwords read aloud or copied from a coach's screen onto a shared phone: lower-case letters and digits
 * without look-alikes (no 0/o, 1/l/i), in three groups of four. 12 symbols of 31 carry about 59 bits, and the
 * password must be changed at first sign-in anyway.
 */
public final class OneTimePasswords {

    private static final char[] SYMBOLS = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    public static String next() {
        var password = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(SYMBOLS[RANDOM.nextInt(SYMBOLS.length)]);
        }
        return password.toString();
    }
}
