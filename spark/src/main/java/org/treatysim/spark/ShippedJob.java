package org.treatysim.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.treatysim.cli.BlockTasks;

/**
 * A job as the driver ships it to the executors: the command and its options, and the text of
 * the scenario's files (the scenario file and every YAML file in its folder and below, so that
 * {@code extends} finds its bases), so that each executor builds the model from the same bytes
 * whatever its file system holds. {@link #count} is one block's task.
 *
 * @param command      run or sweep
 * @param scenarioPath the scenario file, relative to the shipped folder
 * @param options      the command's options (none of the driver's: --out, --force, --quiet, --threads)
 * @param files        the shipped files' bytes, by path relative to the scenario's folder
 * @param scenarioFile the scenario file as the driver names it, recorded in the counts
 * @param blocks       the job's number of blocks
 */
record ShippedJob(String command, String scenarioPath, List<String> options, Map<String, byte[]> files,
                  String scenarioFile, int blocks) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Most bytes shipped: a scenario folder is a few files of text. */
    static final long MAX_BYTES = 16L << 20;
    /** Per executor JVM, the folder each shipped scenario was written into, by its content's key. */
    private static final Map<String, Path> WRITTEN = new ConcurrentHashMap<>();

    ShippedJob {
        options = List.copyOf(options);
        files = Map.copyOf(files);
    }

    /**
     * The job of {@code scenario}, its folder's YAML files read.
     *
     * @throws IOException when they cannot be read or are more than {@value #MAX_BYTES} bytes
     */
    static ShippedJob of(String command, Path scenario, List<String> options, int blocks) throws IOException {
        Path folder = scenario.toAbsolutePath().normalize().getParent();
        String relative = folder.relativize(scenario.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return new ShippedJob(command, relative, options, yamlFiles(folder), scenario.toString(), blocks);
    }

    /**
     * The YAML files in {@code folder} and below, by path relative to it.
     *
     * @throws IOException when they cannot be read or are more than {@value #MAX_BYTES} bytes
     */
    static Map<String, byte[]> yamlFiles(Path folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".yaml")
                    || f.toString().endsWith(".yml")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                total += bytes.length;
                if (total > MAX_BYTES) {
                    throw new IOException(folder + ": more than " + MAX_BYTES + " bytes of YAML to ship; put the"
                            + " scenario in a folder of its own");
                }
                files.put(folder.relativize(file).toString().replace('\\', '/'), bytes);
            }
        }
        return files;
    }

    /** {@code files} written once per executor JVM into a temporary folder, under {@code name}; that folder. */
    static Path written(String name, Map<String, byte[]> files) {
        String key = name + "\n" + files.keySet() + "\n" + files.values().stream().mapToInt(Arrays::hashCode).sum();
        return WRITTEN.computeIfAbsent(key, k -> {
            try {
                Path made = Files.createTempDirectory("treatysim-scenario-").resolve(name);
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    Path target = made.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                }
                return made;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Counts block {@code block} on this executor: the encoded {@link org.treatysim.montecarlo.BlockCounts}. */
    byte[] count(int block) throws Exception {
        List<String> job = new ArrayList<>();
        job.add(command);
        job.add(localScenario().toString());
        job.addAll(options);
        return BlockTasks.count(job, block, blocks, scenarioFile);
    }

    /** The shipped files written once per executor JVM into a temporary folder; the scenario file there. */
    private Path localScenario() {
        return written("scenario", files).resolve(scenarioPath);
    }
}
