package org.treatysim.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What makes two pieces of counts parts of one job, so that they may be merged: the same command
 * on the same scenario files, seed, run indices cut into the same blocks, the same design, by the
 * same version of treatysim. Two shards or a checkpoint that differ in any of these belong to
 * different jobs, and merging them would give numbers that no run made.
 *
 * @param command        the command, e.g. {@code run} or {@code sweep}
 * @param scenarioSha256 hex SHA-256 of the scenario files (the scenario and what it extends)
 * @param seed           the master seed
 * @param plan           the run indices and their blocks
 * @param design         what else fixes the runs and their counting, in words or as a hash (e.g. a
 *                       sweep's design and target); empty when nothing else does
 * @param version        the treatysim version that made the counts
 */
public record JobIdentity(String command, String scenarioSha256, long seed, BlockPlan plan, String design,
                          String version) {
    public JobIdentity {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(scenarioSha256, "scenarioSha256");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(version, "version");
    }

    /**
     * How {@code other} differs from this identity, one phrase per field, e.g.
     * {@code "seed 8 (expected 7)"}; empty when they are the same job.
     */
    public List<String> differences(JobIdentity other) {
        List<String> differences = new ArrayList<>();
        if (!command.equals(other.command)) differences.add("command " + other.command + " (expected " + command + ")");
        if (!scenarioSha256.equals(other.scenarioSha256)) {
            differences.add("scenario SHA-256 " + other.scenarioSha256 + " (expected " + scenarioSha256 + ")");
        }
        if (seed != other.seed) differences.add("seed " + other.seed + " (expected " + seed + ")");
        if (plan.indices() != other.plan.indices()) {
            differences.add(other.plan.indices() + " run indices (expected " + plan.indices() + ")");
        }
        if (plan.blockSize() != other.plan.blockSize()) {
            differences.add("blocks of " + other.plan.blockSize() + " (expected " + plan.blockSize() + ")");
        }
        if (!design.equals(other.design)) {
            differences.add("design " + named(other.design) + " (expected " + named(design) + ")");
        }
        if (!version.equals(other.version)) {
            differences.add("treatysim version " + other.version + " (expected " + version + ")");
        }
        return differences;
    }

    private static String named(String design) {
        return design.isEmpty() ? "(none)" : design;
    }
}
