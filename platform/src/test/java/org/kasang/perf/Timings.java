package org.kasang.perf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Response times per request name, as Gatling measures them ({@code responseTimeInMillis}), for the percentile
 * table Gatling would draw with its charts module, which this project leaves out (its HTML charts need
 * Highcharts, which is not open source). Gatling's own console keeps the counts of OK and KO requests.
 */
final class Timings {

    private static final Map<String, List<Integer>> TIMES = new ConcurrentHashMap<>();

    private Timings() {
    }

    static void record(String request, int millis) {
        List<Integer> times = TIMES.computeIfAbsent(request, name -> new ArrayList<>());
        synchronized (times) {
            times.add(millis);
        }
    }

    /** A Markdown table: one row per request name, then all requests together. */
    static String table() {
        StringBuilder table = new StringBuilder("| Request | Count | p50 ms | p95 ms | p99 ms | Max ms |\n|---|---:|---:|---:|---:|---:|\n");
        List<Integer> all = new ArrayList<>();
        new TreeMap<>(TIMES).forEach((name, times) -> {
            synchronized (times) {
                all.addAll(times);
                table.append(row(name, times));
            }
        });
        table.append(row("all requests", all));
        return table.toString();
    }

    private static String row(String name, List<Integer> times) {
        int[] sorted = times.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %,d | %d | %d | %d | %d |%n", name, sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }

    /** Nearest rank. */
    private static int percentile(int[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
