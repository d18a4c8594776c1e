package org.kasang.scale;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the generator makes. Every figure has a national default and a command-line option; the same options and
 * seed give the same data.
 *
 * @param until        the programme's last day ("today" for the data); it runs {@code days} days up to it
 * @param timeSlices   learning records are loaded in this many time slices, so the table's physical order follows
 *                     time as it does in production (the BRIN index on stored_at relies on it); 1 loads in one go
 * @param signIn       generated accounts get {@link #PASSWORD} as their password, so load tests can sign in
 * @param allProvinces add the provinces the gazetteer migrations lack (with placeholder districts and communes)
 */
public record Options(long seed, int cbos, int members, int courses, long records, int coaches, int cbosPerCoach,
                      int admins, int trainers, double targetShare, double women, double youth, double disability,
                      double learnerShare, LocalDate until, int days, int timeSlices, boolean signIn,
                      boolean allProvinces, boolean force) {

    /** The password of every generated account when {@code signIn} is on: a scale database is never a real one. */
    public static final String PASSWORD = "kasang-scale";

    public Options {
        if (cbos < 1 || members < cbos || courses < 1 || courses > 99 || records < 0 || coaches < 0
                || cbosPerCoach < 0 || admins < 1 || trainers < 0 || days < 60 || timeSlices < 1) {
            throw new IllegalArgumentException("out of range: cbos >= 1, members >= cbos, 1 <= courses <= 99, "
                    + "admins >= 1, days >= 60, time slices >= 1");
        }
        for (double share : new double[] {targetShare, women, youth, disability, learnerShare}) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("shares are between 0 and 1");
            }
        }
    }

    public static Options defaults() {
        return new Options(42, 10_000, 150_000, 30, 10_000_000, 250, 40, 3, 2, 0.08, 0.60, 0.35, 0.05, 0.5,
                LocalDate.now(ZoneOffset.ofHours(7)), 730, 24, true, true, false);
    }

    /** Reads {@code --name value} pairs and flags over the defaults; unknown options are refused. */
    public static Options parse(List<String> args) {
        Options o = defaults();
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String name = rest.remove(0);
            switch (name) {
                case "--force" -> o = o.with(b -> b.force = true);
                case "--no-sign-in" -> o = o.with(b -> b.signIn = false);
                case "--gazetteer-only" -> o = o.with(b -> b.allProvinces = false);
                default -> {
                    if (rest.isEmpty()) {
                        throw new IllegalArgumentException("missing value for " + name);
                    }
                    String v = rest.remove(0);
                    o = o.with(b -> b.set(name, v));
                }
            }
        }
        return o;
    }

    public static String usage() {
        return """
                Options (defaults in brackets):
                  --seed N [42]  --cbos N [10000]  --members N [150000]  --courses N [30]  --records N [10000000]
                  --coaches N [250]  --cbos-per-coach N [40]  --admins N [3]  --trainers N [2]
                  --target-share F [0.08]  --women F [0.60]  --youth F [0.35] (aged 15-30)  --disability F [0.05]
                  --learner-share F [0.5] (members with a sign-in)  --until YYYY-MM-DD [today]  --days N [730]
                  --time-slices N [24]  --no-sign-in (accounts without password)  --gazetteer-only (no added provinces)
                  --force (add to a database that has CBOs already)
                """;
    }

    private Options with(java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    private static final class Builder {
        long seed;
        int cbos, members, courses, coaches, cbosPerCoach, admins, trainers, days, timeSlices;
        long records;
        double targetShare, women, youth, disability, learnerShare;
        LocalDate until;
        boolean signIn, allProvinces, force;

        Builder(Options o) {
            seed = o.seed; cbos = o.cbos; members = o.members; courses = o.courses; records = o.records;
            coaches = o.coaches; cbosPerCoach = o.cbosPerCoach; admins = o.admins; trainers = o.trainers;
            targetShare = o.targetShare; women = o.women; youth = o.youth; disability = o.disability;
            learnerShare = o.learnerShare; until = o.until; days = o.days; timeSlices = o.timeSlices;
            signIn = o.signIn; allProvinces = o.allProvinces; force = o.force;
        }

        void set(String name, String v) {
            switch (name) {
                case "--seed" -> seed = Long.parseLong(v);
                case "--cbos" -> cbos = Integer.parseInt(v);
                case "--members" -> members = Integer.parseInt(v);
                case "--courses" -> courses = Integer.parseInt(v);
                case "--records" -> records = Long.parseLong(v.replace("_", ""));
                case "--coaches" -> coaches = Integer.parseInt(v);
                case "--cbos-per-coach" -> cbosPerCoach = Integer.parseInt(v);
                case "--admins" -> admins = Integer.parseInt(v);
                case "--trainers" -> trainers = Integer.parseInt(v);
                case "--target-share" -> targetShare = Double.parseDouble(v);
                case "--women" -> women = Double.parseDouble(v);
                case "--youth" -> youth = Double.parseDouble(v);
                case "--disability" -> disability = Double.parseDouble(v);
                case "--learner-share" -> learnerShare = Double.parseDouble(v);
                case "--until" -> until = LocalDate.parse(v);
                case "--days" -> days = Integer.parseInt(v);
                case "--time-slices" -> timeSlices = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }

        Options build() {
            return new Options(seed, cbos, members, courses, records, coaches, cbosPerCoach, admins, trainers,
                    targetShare, women, youth, disability, learnerShare, until, days, timeSlices, signIn, allProvinces,
                    force);
        }
    }
}
