/**
 * JMH benchmarks of the Monte Carlo engine and the model (Maven profile {@code bench}, run by the
 * {@code ./bench} script). Not part of the product; compiled only with {@code -Pbench}.
 */
package org.treatysim.bench;
