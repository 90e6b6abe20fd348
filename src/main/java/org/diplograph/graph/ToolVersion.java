package org.diplograph.graph;

/** The tool's version, as the jar's manifest gives it ("dev" when run from classes). */
public final class ToolVersion {
    private ToolVersion() {}

    public static String get() {
        String v = ToolVersion.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
