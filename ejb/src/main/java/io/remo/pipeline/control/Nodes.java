package io.remo.pipeline.control;

/** This server's name in a cluster (WildFly's jboss.node.name, the host name by default). */
public final class Nodes {

    private Nodes() {
    }

    public static String name() {
        return System.getProperty("jboss.node.name", "standalone");
    }
}
