/**
 * The model's input: immutable, validated records describing one scenario, and the dotted
 * parameter paths shared by events, sweeps and output columns. Imports only the JDK and
 * Commons Math; built by {@code org.treatysim.scenario}, read by the model.
 */
package org.treatysim.model.spec;
