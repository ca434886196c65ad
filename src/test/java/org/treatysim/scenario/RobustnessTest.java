package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whatever the text, the loader answers with a scenario or with located problems, never with
 * another exception: 600 mutants of complete.yaml (lines dropped, duplicated or swapped, tokens
 * replaced by other tokens of the file, text cut short), drawn from a fixed seed.
 */
class RobustnessTest {

    private static final int MUTANTS = 600;

    @Test
    void mutantsOfAValidFileGiveAScenarioOrLocatedProblems() {
        String original = Fixtures.text("complete.yaml");
        List<String> lines = original.lines().toList();
        List<String> tokens = List.of(original.split("[\\s,\\[\\]{}]+"));
        MersenneTwisterFast random = new MersenneTwisterFast(20240924L);
        int refused = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String mutant = mutate(lines, tokens, original, random);
            try {
                new ScenarioLoader().parse("mutant.yaml", mutant);
            } catch (ScenarioException e) {
                refused++;
                int lineCount = (int) mutant.lines().count() + 1;
                assertThat(e.problems()).as(mutant).isNotEmpty().allSatisfy(p -> {
                    assertThat(p.line()).isBetween(1, lineCount);
                    assertThat(p.column()).isPositive();
                    assertThat(p.message()).contains("(expected");
                });
            } catch (RuntimeException e) {
                fail("the loader threw " + e + " on:\n" + mutant, e);
            }
        }
        assertThat(refused).as("most mutants are invalid, some are not").isBetween(MUTANTS / 3, MUTANTS - 1);
    }

    private static String mutate(List<String> lines, List<String> tokens, String original, MersenneTwisterFast random) {
        List<String> changed = new ArrayList<>(lines);
        int at = random.nextInt(changed.size());
        switch (random.nextInt(5)) {
            case 0 -> changed.remove(at);
            case 1 -> changed.add(at, changed.get(random.nextInt(changed.size())));
            case 2 -> {
                int other = random.nextInt(changed.size());
                String line = changed.get(at);
                changed.set(at, changed.get(other));
                changed.set(other, line);
            }
            case 3 -> {
                String token = tokens.get(random.nextInt(tokens.size()));
                String replacement = tokens.get(random.nextInt(tokens.size()));
                changed.set(at, changed.get(at).replace(token, replacement));
            }
            default -> {
                return original.substring(0, random.nextInt(original.length()));
            }
        }
        return String.join("\n", changed) + "\n";
    }
}
