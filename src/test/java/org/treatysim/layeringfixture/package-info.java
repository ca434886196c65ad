/**
 * A miniature of the project's packages for {@code LayeringTest}'s test of its own rules: in each
 * package one class with the arrows the rules allow, and classes named {@code Wrong…} with one
 * arrow each that a rule must reject. Never used by the program.
 */
package org.treatysim.layeringfixture;
