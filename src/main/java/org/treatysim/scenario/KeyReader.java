package org.treatysim.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.treatysim.model.spec.Quantity;

/**
 * Reads the keys of a scenario's maps as the key table ({@link ScenarioKey}) describes them: the
 * keys a section knows, which are required and what a message asks for when they are missing,
 * each key's bounds and range, and its default when it is left out.
 */
final class KeyReader {
    private final ValueReader values;
    private final QuantityReader quantities;
    private final Ids ids;

    KeyReader(ValueReader values) {
        this.values = values;
        this.quantities = new QuantityReader(values);
        this.ids = new Ids(values);
    }

    ValueReader values() {
        return values;
    }

    QuantityReader quantities() {
        return quantities;
    }

    Ids ids() {
        return ids;
    }

    /** Reports every key of {@code map} that {@code section} does not know, with the closest known key. */
    void checkKeys(YamlNode.Mapping map, String at, Section section) {
        values.checkKeys(map, at, section.names());
    }

    /** Reports the required {@code key} when it is missing from {@code map} or has no value. */
    void requirePresent(YamlNode.Mapping map, String at, ScenarioKey key) {
        values.requirePresent(map, at, key.key(), key.whenMissing(), Keys::misspells);
    }

    /** Reports every required key of {@code section} missing from {@code map}, in table order. */
    void requireAll(YamlNode.Mapping map, String at, Section section) {
        section.keys().stream().filter(ScenarioKey::isRequired).forEach(key -> requirePresent(map, at, key));
    }

    /** The key's entry when it is present and has a value. */
    static Optional<YamlNode.Entry> get(YamlNode.Mapping map, ScenarioKey key) {
        return ValueReader.get(map, key.key());
    }

    /** A text within the key's length; its default (null when it has none) when absent. */
    String text(YamlNode.Mapping map, String at, ScenarioKey key) {
        return get(map, key).map(e -> values.text(e, ValueReader.path(at, key.key()), key.key(), (int) key.type().max()))
                .orElse((String) key.presence().value());
    }

    /** A whole number within the key's bounds; its default when absent. */
    long whole(YamlNode.Mapping map, String at, ScenarioKey key) {
        ValueType type = key.type();
        return get(map, key).map(e -> values.integer(e, ValueReader.path(at, key.key()), type.min(), type.max()))
                .orElse((long) key.defaultNumber());
    }

    /** True or false (false when wrong); its default when absent. */
    boolean flag(YamlNode.Mapping map, String at, ScenarioKey key) {
        return get(map, key).map(e -> values.bool(e, ValueReader.path(at, key.key())).orElse(false))
                .orElse((Boolean) key.presence().value());
    }

    /**
     * The constant of {@code choices} whose lower-case name is the word written for a key of one of
     * a few words ({@link ValueType#words(String...)}); its default when absent, and when the word
     * is unknown (which is reported with the closest word).
     */
    <E extends Enum<E>> E choice(YamlNode.Mapping map, String at, ScenarioKey key, Class<E> choices) {
        String byDefault = (String) key.presence().value();
        Optional<YamlNode.Entry> entry = get(map, key);
        String path = ValueReader.path(at, key.key());
        String text = entry.map(e -> values.text(e, path)).orElse(byDefault);
        List<String> words = key.type().words();
        if (text != null && !words.contains(text)) {
            values.problem(entry.get().value().origin(), path, "unknown " + key.key() + " '" + Excerpt.of(text) + "'"
                    + ValueReader.didYouMean(text, words) + " (expected " + String.join(" or ", words) + ")");
        }
        String word = text == null || !words.contains(text) ? byDefault : text;
        return Enum.valueOf(choices, word.toUpperCase(java.util.Locale.ROOT));
    }

    /** A plain number in the key's range; its default when absent. */
    double number(YamlNode.Mapping map, String at, ScenarioKey key) {
        return get(map, key).map(e -> values.fixedNumber(e, ValueReader.path(at, key.key()), key.range()))
                .orElse(key.defaultNumber());
    }

    /** A plain number in the key's range, if present (for a key without a default). */
    OptionalDouble optionalNumber(YamlNode.Mapping map, String at, ScenarioKey key) {
        return get(map, key).map(e -> OptionalDouble.of(values.fixedNumber(e, ValueReader.path(at, key.key()),
                key.range()))).orElse(OptionalDouble.empty());
    }

    /** A date, if present and valid. */
    Optional<LocalDate> date(YamlNode.Mapping map, String at, ScenarioKey key) {
        return get(map, key).flatMap(e -> values.date(e, ValueReader.path(at, key.key())));
    }

    /**
     * A number or distribution in the key's range; when absent, its default, or for a required key
     * a problem and ZERO.
     */
    Quantity quantity(YamlNode.Mapping map, String at, ScenarioKey key) {
        Optional<YamlNode.Entry> entry = get(map, key);
        if (entry.isPresent()) {
            return quantities.quantityOf(entry.get(), ValueReader.path(at, key.key()), key.range());
        }
        if (key.isRequired()) {
            requirePresent(map, at, key);
            return QuantityReader.ZERO;
        }
        return Quantity.of(key.defaultNumber());
    }

    /** A number or distribution in the key's range, if present (for a key without a default). */
    Optional<Quantity> optionalQuantity(YamlNode.Mapping map, String at, ScenarioKey key) {
        return get(map, key).map(e -> quantities.quantityOf(e, ValueReader.path(at, key.key()), key.range()));
    }

    /** A value per issue (see {@link QuantityReader#perIssue}); ZERO for each when absent (a problem if required). */
    List<Quantity> perIssue(YamlNode.Mapping map, String at, ScenarioKey key, List<String> issueIds) {
        return perId(map, at, key, issueIds, true);
    }

    /** A value per party (see {@link QuantityReader#perParty}); ZERO for each when absent (a problem if required). */
    List<Quantity> perParty(YamlNode.Mapping map, String at, ScenarioKey key, List<String> partyIds) {
        return perId(map, at, key, partyIds, false);
    }

    private List<Quantity> perId(YamlNode.Mapping map, String at, ScenarioKey key, List<String> itemIds, boolean issues) {
        Optional<YamlNode.Entry> entry = get(map, key);
        if (entry.isEmpty()) {
            if (key.isRequired()) {
                requirePresent(map, at, key);
            }
            return QuantityReader.zeros(itemIds.size());
        }
        String path = ValueReader.path(at, key.key());
        return issues ? quantities.perIssue(entry.get(), path, key.range(), itemIds)
                : quantities.perParty(entry.get(), path, key.range(), itemIds);
    }
}
