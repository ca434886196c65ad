/**
 * Statistics over runs: mergeable accumulators, intervals (Wilson, DKW), sensitivity indices and
 * skill scores, and the frozen summary records that reports draw. Pure computation: no I/O.
 * May import the model's records, MASON's random generator (ec.util), Commons Math and the JDK.
 */
package org.treatysim.stats;
