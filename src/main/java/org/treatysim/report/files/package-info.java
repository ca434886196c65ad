/**
 * The results folder's data files: writers and readers for summary.json, curve.csv and
 * states.csv, and the writer of runs.csv.gz (README.md, "The results folder"). They write to and
 * read from streams the caller opens; they never open paths or folders. Numbers are written
 * locale-independently and reproducibly ({@link org.treatysim.report.files.Numbers}). May import
 * {@code org.treatysim.stats}, {@code org.treatysim.model} records, {@code org.treatysim.report.brief}
 * (the assumptions that brief-context.json keeps for the brief), Jackson and the JDK.
 */
package org.treatysim.report.files;
