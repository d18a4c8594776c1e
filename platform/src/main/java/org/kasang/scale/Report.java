package org.kasang.scale;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a run made: rows per table, seconds per phase, and how fast the rows went in. */
public final class Report {

    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final Map<String, Double> phases = new LinkedHashMap<>();
    private final Map<String, Long> phaseRows = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private String currentPhase;
    private long phaseStarted;
    private long phaseRowsSoFar;
    private final long started = System.nanoTime();
    private double totalSeconds;

    void rows(String table, long count) {
        rows.merge(table, count, Long::sum);
        phaseRowsSoFar += count;
    }

    void phase(String name) {
        endPhase();
        currentPhase = name;
        phaseStarted = System.nanoTime();
        phaseRowsSoFar = 0;
    }

    void note(String key, String value) {
        notes.put(key, value);
    }

    void finish() {
        endPhase();
        totalSeconds = (System.nanoTime() - started) / 1e9;
    }

    private void endPhase() {
        if (currentPhase != null) {
            phases.merge(currentPhase, (System.nanoTime() - phaseStarted) / 1e9, Double::sum);
            phaseRows.merge(currentPhase, phaseRowsSoFar, Long::sum);
            currentPhase = null;
        }
    }

    /** Rows written per table, in the order they were written. */
    public Map<String, Long> rows() {
        return Map.copyOf(rows);
    }

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }

    public Map<String, Double> phases() {
        return Map.copyOf(phases);
    }

    public double totalSeconds() {
        return totalSeconds;
    }

    public Map<String, String> notes() {
        return Map.copyOf(notes);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Rows per table\n");
        rows.forEach((table, count) -> out.append(String.format("  %-22s %,14d%n", table, count)));
        long all = rows.values().stream().mapToLong(Long::longValue).sum();
        out.append(String.format("  %-22s %,14d%n", "all tables", all));
        out.append("Seconds per phase\n");
        phases.forEach((phase, seconds) -> {
            long n = phaseRows.getOrDefault(phase, 0L);
            out.append(String.format("  %-22s %9.1f s", phase, seconds));
            if (n > 0 && seconds > 0) {
                out.append(String.format("  %,12d rows  %,10.0f rows/s", n, n / seconds));
            }
            out.append('\n');
        });
        out.append(String.format("  %-22s %9.1f s  %,12d rows  %,10.0f rows/s%n", "total", totalSeconds, all,
                totalSeconds > 0 ? all / totalSeconds : 0));
        notes.forEach((key, value) -> out.append(key).append(": ").append(value).append('\n'));
        return out.toString();
    }
}
