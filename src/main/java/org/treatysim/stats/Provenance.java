package org.treatysim.stats;

import java.time.Instant;

/**
 * Where a forecast comes from, so a figure in a paper can be reproduced.
 *
 * @param scenario       scenario id
 * @param title          scenario title
 * @param runs           Monte Carlo runs used
 * @param seed           master seed
 * @param scenarioSha256 hex SHA-256 of the scenario file's bytes (after inheritance: of the merged text)
 * @param version        treatysim version
 * @param java           Java runtime version
 * @param createdAt      when the results were made (UTC)
 */
public record Provenance(String scenario, String title, long runs, long seed, String scenarioSha256,
                         String version, String java, Instant createdAt) {
}
