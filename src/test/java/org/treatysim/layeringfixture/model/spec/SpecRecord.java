package org.treatysim.layeringfixture.model.spec;

/** Stands for the scenario records: imports nothing of the project. */
public record SpecRecord(double value) { }
