/**
 * The negotiation model on MASON (MODEL.md): one SimState per run, agents per role, calendar
 * events, and the run's result. No I/O and no drawing. May import only {@code model.spec},
 * MASON's engine, Commons Math and the JDK.
 */
package org.treatysim.model;
