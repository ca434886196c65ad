package org.treatysim.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest (or "development" when run from classes). */
public final class VersionProvider implements CommandLine.IVersionProvider {

    /** The treatysim version, as recorded in results' provenance. */
    public static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"treatysim " + version(), "Java " + System.getProperty("java.version")};
    }
}
