package org.kasang.scale;

import java.util.SplittableRandom;

/**
 * Independent random streams per thing (a CBO, a member, an enrolment), all derived from the run's seed, so a
 * thing comes out the same whichever pass over the programme asks for it and in whatever order.
 */
final class Seeds {

    static final long CBO = 1, MEMBER = 2, ENROLMENT = 3, COURSE = 4, PLACE = 5, STAFF = 6, CAPACITY = 7, SESSION = 8;

    private final long seed;

    Seeds(long seed) {
        this.seed = seed;
    }

    SplittableRandom of(long stream, long a) {
        return new SplittableRandom(mix(mix(seed ^ stream * 0x9E3779B97F4A7C15L) + a));
    }

    SplittableRandom of(long stream, long a, long b) {
        return new SplittableRandom(mix(mix(mix(seed ^ stream * 0x9E3779B97F4A7C15L) + a) + b));
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A Poisson draw (Knuth's method; the means used here are small). */
    static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean), product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            n++;
            product *= random.nextDouble();
        }
        return n;
    }

    /** An exponential draw with this mean. */
    static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}
