/**
 * Paired runs for {@code treatysim compare}: several scenarios run with common random numbers
 * (run i of each uses run index i under one master seed), each run's outcome coded against a
 * set of key dates, and every scenario's runs paired one to one with the first scenario's, so
 * that differences are estimated from paired outcomes ({@link org.treatysim.stats.PairedScoreInterval}).
 *
 * <p>Does no I/O and draws no random numbers. May import {@code org.treatysim.montecarlo} (the
 * engine), {@code org.treatysim.model} (the {@code RunSimulator} contract and its records, the
 * scenario records), {@code org.treatysim.stats} and the JDK.
 */
package org.treatysim.montecarlo.compare;
