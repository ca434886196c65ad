package org.treatysim.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for misspelt keys, ids and paths. */
final class Suggestions {
    private Suggestions() { }

    /**
     * The candidate closest to {@code word} by edit distance (insertions, deletions, substitutions
     * and swaps of neighbouring letters, ignoring case), if it is close enough to be a plausible
     * typo: at most 3 edits, at most half the word's length (but one edit is always allowed), and
     * fewer edits than the word has letters (so "c" does not suggest "a").
     */
    static Optional<String> closest(String word, Collection<String> candidates) {
        int allowed = Math.min(3, Math.max(1, word.length() / 2));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - word.length()) > allowed) {
                continue; // at least that many edits apart; and a huge word must not cost a huge table
            }
            int d = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        boolean plausible = bestDistance <= allowed && bestDistance < word.length();
        return best != null && plausible ? Optional.of(best) : Optional.empty();
    }

    /** Optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of a substring). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
