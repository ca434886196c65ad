package org.treatysim.scenario;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.treatysim.model.spec.Quantity;

/**
 * Reads the plain values of a YAML tree (numbers, whole numbers, booleans, dates, texts, lists and
 * maps) and checks the keys of its maps, adding a located problem for each wrong value and going on
 * with what can still be read. Shared by the scenario and observations binders, so that both word
 * their messages alike. When given a list of sources, records where each value read was written.
 */
final class ValueReader {
    /** A number as a file writes it: no hexadecimal, no infinity, no NaN. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final List<Problem> problems;
    private final List<ParameterSource> sources;
    private final String exampleDate;

    /**
     * @param problems    where problems are added
     * @param sources     where the source of every value read is added, or null to record none
     * @param exampleDate the date that messages about a wrong date give as an example
     */
    ValueReader(List<Problem> problems, List<ParameterSource> sources, String exampleDate) {
        this.problems = problems;
        this.sources = sources;
        this.exampleDate = exampleDate;
    }

    /** Adds a problem at {@code at}, under the key path {@code path}. */
    void problem(Origin at, String path, String message) {
        problems.add(at.problem(path, message));
    }

    // ---------------------------------------------------------------- numbers

    /** True for a plain scalar written as a number. */
    static boolean isNumber(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.plain() && NUMBER.matcher(s.text()).matches();
    }

    /** A finite number; empty (with a problem that ends "(expected {@code expected})") when not. */
    OptionalDouble number(YamlNode node, String path, String expected) {
        if (isNumber(node)) {
            String text = ((YamlNode.Scalar) node).text();
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return OptionalDouble.of(value);
            }
            problem(node.origin(), path, Excerpt.of(text) + " is too large (expected a finite number)");
            return OptionalDouble.empty();
        }
        problem(node.origin(), path, found(node) + " (expected " + expected + ")");
        return OptionalDouble.empty();
    }

    /** A plain number in {@code range}, not a distribution (for values every run shares); 0 when wrong. */
    double fixedNumber(YamlNode.Entry entry, String path, Range range) {
        YamlNode node = entry.value();
        if (node instanceof YamlNode.Mapping) {
            problem(node.origin(), path, "a distribution where a fixed number belongs"
                    + " (expected a plain number, " + range.expected() + ")");
            return 0;
        }
        OptionalDouble v = number(node, path, "a number, " + range.expected());
        if (v.isEmpty()) {
            return 0;
        }
        String wrong = range.check(Quantity.of(v.getAsDouble()));
        if (wrong != null) {
            problem(node.origin(), path, wrong);
            return 0;
        }
        source(path, entry);
        return v.getAsDouble();
    }

    /** A whole number from {@code min} to {@code max}; the smallest allowed (or 0) when wrong. */
    long integer(YamlNode.Entry entry, String path, long min, long max) {
        YamlNode node = entry.value();
        String expected = min == Long.MIN_VALUE ? "a whole number"
                : "a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max);
        long otherwise = min == Long.MIN_VALUE ? 0 : min;
        if (!isNumber(node)) {
            problem(node.origin(), path, found(node) + " (expected " + expected + ")");
            return otherwise;
        }
        String text = ((YamlNode.Scalar) node).text();
        BigInteger value = wholeValue(text);
        if (value == null) {
            problem(node.origin(), path, Excerpt.of(text) + " is not a whole number (expected " + expected + ")");
            return otherwise;
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            boolean beyondStatedRange = min == Long.MIN_VALUE
                    || (max == Integer.MAX_VALUE && value.compareTo(BigInteger.valueOf(max)) > 0);
            problem(node.origin(), path, Excerpt.of(text) + " is out of range (expected "
                    + (beyondStatedRange ? "a whole number from " + min + " to " + max : expected) + ")");
            return otherwise;
        }
        source(path, entry);
        return value.longValueExact();
    }

    /**
     * The value of a number written as {@link #NUMBER} allows, when it is whole; null when it has a
     * fractional part. A whole number beyond the range of a long comes back as ±10^19, which is
     * beyond it too. One pass over the text: a number written with a million digits (or 1e9999999999)
     * costs no more than reading it, where BigDecimal would take seconds or refuse the exponent.
     */
    private static BigInteger wholeValue(String number) {
        boolean negative = number.charAt(0) == '-';
        int at = negative || number.charAt(0) == '+' ? 1 : 0;
        int e = Math.max(number.indexOf('e'), number.indexOf('E'));
        String mantissa = number.substring(at, e < 0 ? number.length() : e);
        long exponent = e < 0 ? 0 : exponent(number, e + 1);
        int dot = mantissa.indexOf('.');
        int fractionDigits = dot < 0 ? 0 : mantissa.length() - dot - 1;
        String digits = dot < 0 ? mantissa : mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int first = 0;
        while (first < digits.length() && digits.charAt(first) == '0') first++;
        if (first == digits.length()) {
            return BigInteger.ZERO;
        }
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') end--;
        // value = significant digits × 10^scale
        long scale = exponent - fractionDigits + (digits.length() - end);
        if (scale < 0) {
            return null;
        }
        if (end - first + scale > 19) {
            BigInteger beyondLong = BigInteger.TEN.pow(19);
            return negative ? beyondLong.negate() : beyondLong;
        }
        BigInteger value = new BigInteger(digits.substring(first, end)).multiply(BigInteger.TEN.pow((int) scale));
        return negative ? value.negate() : value;
    }

    /** The exponent written from {@code digit} on, clamped well beyond any digit count a 1 MiB file can hold. */
    private static long exponent(String number, int digit) {
        boolean negative = number.charAt(digit) == '-';
        if (negative || number.charAt(digit) == '+') digit++;
        long exponent = 0;
        for (; digit < number.length(); digit++) {
            exponent = Math.min(exponent * 10 + (number.charAt(digit) - '0'), 1_000_000_000L);
        }
        return negative ? -exponent : exponent;
    }

    // ---------------------------------------------------------------- other scalars

    /** True or false; empty (with a problem) for anything else. */
    Optional<Boolean> bool(YamlNode.Entry entry, String path) {
        YamlNode node = entry.value();
        if (node instanceof YamlNode.Scalar s && s.plain()
                && (s.text().equalsIgnoreCase("true") || s.text().equalsIgnoreCase("false"))) {
            source(path, entry);
            return Optional.of(s.text().equalsIgnoreCase("true"));
        }
        problem(node.origin(), path, found(node) + " (expected true or false)");
        return Optional.empty();
    }

    /** An ISO date that exists; empty (with a problem) for anything else. */
    Optional<LocalDate> date(YamlNode.Entry entry, String path) {
        YamlNode node = entry.value();
        if (node instanceof YamlNode.Scalar s && DATE.matcher(s.text()).matches()) {
            try {
                LocalDate date = LocalDate.parse(s.text());
                source(path, entry);
                return Optional.of(date);
            } catch (DateTimeParseException e) {
                problem(node.origin(), path, s.text() + " is not a calendar date"
                        + " (expected an ISO date YYYY-MM-DD that exists, e.g. " + exampleDate + ")");
                return Optional.empty();
            }
        }
        problem(node.origin(), path, found(node) + " (expected an ISO date YYYY-MM-DD, e.g. " + exampleDate + ")");
        return Optional.empty();
    }

    /** A text value; numbers and other plain words are taken as written. Null (with a problem) for lists and maps. */
    String text(YamlNode.Entry entry, String path) {
        String text = textValue(entry, path);
        if (text != null) {
            source(path, entry);
        }
        return text;
    }

    /**
     * A text of at most {@code maxCharacters} characters: titles, names, labels and descriptions
     * are set in charts and the brief, where an unbounded text only makes an unreadable page.
     */
    String text(YamlNode.Entry entry, String path, String what, int maxCharacters) {
        String text = text(entry, path);
        if (text != null) {
            tooLong(text, what, maxCharacters).ifPresent(m -> problem(entry.value().origin(), path, m));
        }
        return text;
    }

    /** What is wrong with a text longer than {@code maxCharacters} (code points), if it is. */
    static Optional<String> tooLong(String text, String what, int maxCharacters) {
        int characters = text.codePointCount(0, text.length());
        return characters <= maxCharacters ? Optional.empty() : Optional.of(String.format(Locale.ROOT,
                "a %s of %,d characters (expected at most %,d characters)", what, characters, maxCharacters));
    }

    /** As {@link #text} without recording a source (for ids, which name things rather than assume them). */
    String textValue(YamlNode.Entry entry, String path) {
        if (entry.value() instanceof YamlNode.Scalar s) {
            return s.text();
        }
        problem(entry.value().origin(), path, found(entry.value()) + " (expected text)");
        return null;
    }

    List<YamlNode> list(YamlNode.Entry entry, String path) {
        if (entry.value() instanceof YamlNode.Sequence s) {
            return s.items();
        }
        problem(entry.value().origin(), path, found(entry.value()) + " (expected a list, one item per"
                + " line starting with '- ')");
        return null;
    }

    YamlNode.Mapping mapping(YamlNode node, String path, String expected) {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        problem(node.origin(), path, found(node) + " (expected " + expected + ")");
        return null;
    }

    // ---------------------------------------------------------------- keys

    /** The entry for {@code key} when it is present and has a value (a key with no value counts as absent). */
    static Optional<YamlNode.Entry> get(YamlNode.Mapping map, String key) {
        return map.entry(key).filter(e -> !isNull(e.value()));
    }

    static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.isNull();
    }

    /**
     * Reports {@code key} when it is missing from {@code map} or has no value, unless a key written
     * in the map {@code misspells} it (that key's "did you mean" says it already).
     *
     * @param misspells whether a key written in the map (first argument) misspells the required one
     */
    void requirePresent(YamlNode.Mapping map, String at, String key, String expected,
                        BiPredicate<String, String> misspells) {
        Optional<YamlNode.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            if (map.entries().stream().anyMatch(e -> misspells.test(e.key(), key))) {
                return;
            }
            problem(map.origin(), path(at, key), "missing required key " + key + mergedFrom(map)
                    + " (expected " + expected + ")");
        } else if (isNull(entry.get().value())) {
            problem(entry.get().keyOrigin(), path(at, key), key + " has no value (expected " + expected + ")");
        }
    }

    /**
     * For a map merged by {@code extends}, which files it was merged from: a key missing there is
     * missing from all of them, and the map's position names only the first.
     */
    private static String mergedFrom(YamlNode.Mapping map) {
        List<String> files = map.files();
        if (files.size() < 2) {
            return "";
        }
        List<String> parents = files.subList(1, files.size());
        String last = parents.get(parents.size() - 1);
        String joined = parents.size() == 1 ? last
                : String.join(", ", parents.subList(0, parents.size() - 1)) + " and " + last;
        return " after merging " + files.get(0) + " with " + joined;
    }

    /** Reports every key of {@code map} that is not {@code known}, with the closest known key. */
    void checkKeys(YamlNode.Mapping map, String at, List<String> known) {
        for (YamlNode.Entry e : map.entries()) {
            if (!known.contains(e.key())) {
                problem(e.keyOrigin(), path(at, e.key()), "unknown key '" + Excerpt.of(e.key()) + "'"
                        + didYouMean(e.key(), known) + " (expected one of: " + String.join(", ", known) + ")");
            }
        }
    }

    static String didYouMean(String word, List<String> candidates) {
        return Suggestions.closest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    static String path(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    /** How a wrong value reads in a message: "found a list", "found text 'abc'". */
    static String found(YamlNode node) {
        if (node instanceof YamlNode.Sequence) return "found a list";
        if (node instanceof YamlNode.Mapping) return "found a map";
        YamlNode.Scalar s = (YamlNode.Scalar) node;
        if (s.isNull()) return "found no value";
        if (!s.plain()) return "found quoted text \"" + Excerpt.of(s.text()) + "\"";
        return "found '" + Excerpt.of(s.text()) + "'";
    }

    /** Records where the value at {@code path} was written, and its comment (when sources are kept). */
    void source(String path, YamlNode.Entry entry) {
        if (sources == null) {
            return;
        }
        YamlNode value = entry.value();
        sources.add(new ParameterSource(path, value.render(), entry.comment(), value.origin().file(),
                value.origin().line()));
    }
}
