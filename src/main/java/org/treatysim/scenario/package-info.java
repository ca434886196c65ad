/**
 * Reads scenario files: YAML text → validated {@link org.treatysim.model.spec.Scenario} records,
 * with every problem found located as {@code FILE:LINE:COLUMN: path.to.key: message}, and the
 * source comment of every value for the brief's table of assumptions. Also reads observations and
 * outcomes files ({@link org.treatysim.scenario.ObservationsLoader}) for {@code update} and
 * {@code score}, with the same reader, limits and message style.
 *
 * <p>Every key a scenario file may use is a row of {@link org.treatysim.scenario.ScenarioKey}
 * (section, type with range or bounds, unit, default or required, description): the binders read
 * keys as the table describes them, and scenarios/schema.json is generated from it.
 *
 * <p>The only reader of scenario and observations files. Imports the JDK, SnakeYAML's low-level
 * event API and {@code org.treatysim.model.spec}; nothing from the model's simulation, the Monte
 * Carlo engine, the reports or the command line. It reads the files it is given (and the files
 * they extend) and writes nothing.
 */
package org.treatysim.scenario;
