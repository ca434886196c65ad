package org.treatysim.model.spec;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The records' shared check of their required components: the message names the missing one. */
class ComponentsTest {

    @Test
    void presentComponentsPass() {
        assertThatCode(() -> Components.requireNonNull("a, b", "x", 1)).doesNotThrowAnyException();
    }

    @Test
    void theFirstMissingComponentIsNamedAsObjectsRequireNonNullWould() {
        assertThatThrownBy(() -> Components.requireNonNull("first, second, third", "x", null, null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("second");
    }

    @Test
    void aNameListThatDoesNotMatchTheComponentsIsAProgrammingError() {
        assertThatThrownBy(() -> Components.requireNonNull("first, second", "x", null, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 components but 2 names");
    }

    @Test
    void aRecordThatUsesItNamesItsMissingComponent() {
        assertThatThrownBy(() -> new MediatorSpec("UN", null, null, List.of(), Quantity.of(0), List.of(), null, null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("engagement");
    }
}
