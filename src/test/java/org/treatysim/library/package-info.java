/**
 * Tests of the scenario library ({@code scenarios/*.yaml}), the corpus of past negotiations
 * ({@code scenarios/cases/}) and their list of sources ({@code docs/sources.md}): every value is
 * sourced, every citation resolves, each scenario uses nothing published after its forecast date,
 * and every file loads. Test-only helpers here read
 * the files with SnakeYAML and Jackson; they may import the scenario loader, never the reverse.
 */
package org.treatysim.library;
