package org.treatysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class SkippedTestsReportTest {

    @Test
    void namesEachSkippedTestWithItsReasonAndNothingElse() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(SampleTests.class)).build();
        quietLauncher().execute(request,
                new SkippedTestsReport(new PrintStream(bytes, true, StandardCharsets.UTF_8)));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "[WARNING] Skipped tests (2), and why:",
                "[WARNING]   SkippedTestsReportTest$SampleTests.needsABrowser: no browser here",
                "[WARNING]   SkippedTestsReportTest$SampleTests.switchedOff: not today");
    }

    @Test
    void saysNothingWhenNothingWasSkipped() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(PassingTests.class)).build();
        quietLauncher().execute(request,
                new SkippedTestsReport(new PrintStream(bytes, true, StandardCharsets.UTF_8)));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** A launcher without the listener that Surefire's run registers, so that only ours prints. */
    private static Launcher quietLauncher() {
        return LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
    }

    /** Run only through the launcher above; Surefire leaves nested classes out. */
    static class SampleTests {
        @Test
        void needsABrowser() {
            Assumptions.abort("no browser here");
        }

        @Test
        @Disabled("not today")
        void switchedOff() {
        }

        @Test
        void passes() {
        }
    }

    static class PassingTests {
        @Test
        void passes() {
        }
    }
}
