/**
 * The picocli commands: the only place that reads and writes files. May import every other
 * package; nothing imports it.
 */
package org.treatysim.cli;
