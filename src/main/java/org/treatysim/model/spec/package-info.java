/**
 * The model's input: immutable, validated records describing one scenario, the dotted parameter
 * paths shared by events, sweeps and output columns, and the run milestones
 * ({@link org.treatysim.model.spec.Milestone}) that forecasts, comparisons, sweep targets,
 * observations and the brief all name; they live here because this is the one package every
 * other may import (the scenario loader imports nothing else of the project). Imports only the
 * JDK and Commons Math; built by {@code org.treatysim.scenario}, read by the model.
 */
package org.treatysim.model.spec;
