/**
 * The negotiation model on MASON (see docs/model.md): one SimState per run, agents per role,
 * calendar events, and the run's result. No I/O and no drawing. May import only
 * {@code model.spec}, MASON's engine, Commons Math and the JDK; imported by every other package.
 */
package org.treatysim.model;
