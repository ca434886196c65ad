/**
 * The results folder's data files: writers and readers for summary.json, scenario.json,
 * curve.csv and states.csv, the writer of runs.csv.gz (the README, "The results folder"), and
 * {@link org.treatysim.report.files.JsonFiles}, the one JSON set-up every JSON file of treatysim
 * is written and read with (sweep.json and compare.json too). They write to and read from streams
 * the caller opens; they never open paths or folders. Numbers are written locale-independently and
 * reproducibly ({@link org.treatysim.report.files.Numbers} in the CSV files, {@code JsonFiles} in
 * the JSON ones). May import {@code org.treatysim.stats}, {@code org.treatysim.model} records,
 * {@code org.treatysim.report.brief} (the assumptions that scenario.json keeps for the brief),
 * Jackson and the JDK.
 */
package org.treatysim.report.files;
