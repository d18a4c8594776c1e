package org.kasang.catalogue.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A package uploaded as a .zip, with course.yaml at its top or in one top folder. Read with limits, so a
 * zip bomb or a zip of thousands of files is refused before it fills memory.
 */
public final class ZipPackageFiles implements PackageFiles {

    public static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;
    public static final int MAX_ENTRIES = 2_000;

    private final String name;
    private final Map<String, byte[]> files;

    private ZipPackageFiles(String name, Map<String, byte[]> files) {
        this.name = name;
        this.files = files;
    }

    public static ZipPackageFiles read(String name, byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = in.getNextEntry()) != null) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new InvalidPackage(name, java.util.List.of("the zip has more than " + MAX_ENTRIES + " files"));
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String path = entry.getName().replace('\\', '/');
                if (path.contains("..") || path.startsWith("/")) {
                    throw new InvalidPackage(name, java.util.List.of(path + " points outside the package"));
                }
                var out = new ByteArrayOutputStream();
                int read;
                while ((read = in.read(buffer)) > 0) {
                    total += read;
                    if (total > MAX_TOTAL_BYTES) {
                        throw new InvalidPackage(name, java.util.List.of("the package unpacks to more than "
                                + MAX_TOTAL_BYTES / (1024 * 1024) + " MB"));
                    }
                    out.write(buffer, 0, read);
                }
                entries.put(path, out.toByteArray());
            }
        }
        String root = entries.keySet().stream().filter(p -> p.equals(MANIFEST) || p.endsWith("/" + MANIFEST))
                .min(java.util.Comparator.comparingInt(String::length))
                .orElseThrow(() -> new InvalidPackage(name, java.util.List.of("the zip has no course.yaml")));
        String prefix = root.substring(0, root.length() - MANIFEST.length());
        Map<String, byte[]> files = new HashMap<>();
        entries.forEach((path, bytes) -> {
            if (path.startsWith(prefix)) {
                files.put(path.substring(prefix.length()), bytes);
            }
        });
        return new ZipPackageFiles(name, files);
    }

    /** A package held in memory, path → content. */
    public static ZipPackageFiles of(String name, Map<String, byte[]> files) {
        return new ZipPackageFiles(name, new HashMap<>(files));
    }

    /** Zips files under one top folder named after the course, as an export does. */
    public static byte[] zip(String folder, Map<String, byte[]> files) {
        var out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var file : new java.util.TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(folder + "/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public Map<String, byte[]> all() {
        return Map.copyOf(files);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<byte[]> read(String relativePath) {
        return Optional.ofNullable(files.get(relativePath));
    }
}
