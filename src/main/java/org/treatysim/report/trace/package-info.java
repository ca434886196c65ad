/**
 * The page of {@code treatysim trace --html}: one or more runs of a scenario, replayed step by step
 * in one self-contained HTML file (inline SVG, CSS and a small script; no external requests, so it
 * works from disk and by e-mail). {@link org.treatysim.report.trace.TracedRun} collects a run's
 * step records from the model; {@link org.treatysim.report.trace.TracePage} writes the page, with
 * the runs as JSON (written by {@link org.treatysim.report.files.JsonFiles}) that the page's script
 * draws. Text from the scenario is escaped: a title with markup shows as text.
 *
 * <p>Returns bytes; the command line decides where they go. May import
 * {@code org.treatysim.model} (its run results and step records), {@code org.treatysim.model.spec},
 * {@code org.treatysim.report.chart} (the charts' palette), {@code org.treatysim.report.files}
 * (the JSON set-up), mustache.java, Jackson and the JDK.
 */
package org.treatysim.report.trace;
