package io.remo.node.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * What this node does in a cluster ({@code remo.node.roles}): {@code api} nodes serve the phones, {@code gpu} nodes
 * run the pipeline jobs; one node may be both (the default, and the whole of a one-machine installation). A node
 * without the gpu role runs only the jobs named in {@code remo.node.local-jobs} itself and hands every other job to
 * the gpu nodes through the job queue.
 *
 * @param roles     at least one
 * @param localJobs jobs a node without the gpu role still runs itself
 */
public record NodeRoles(Set<Role> roles, Set<String> localJobs) {

    public static final String ROLES = "remo.node.roles";
    public static final String LOCAL_JOBS = "remo.node.local-jobs";

    public enum Role { API, GPU }

    public NodeRoles {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(ROLES + " names no role (api, gpu or both)");
        }
        roles = Set.copyOf(roles);
        localJobs = Set.copyOf(localJobs);
    }

    /** Parses role names ("api", "gpu"; case and blanks do not matter). */
    public static NodeRoles of(List<String> roleNames, List<String> localJobs) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : roleNames) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(trimmed.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ROLES + ": '" + trimmed + "' is not a role (api, gpu)", e);
            }
        }
        return new NodeRoles(roles, Set.copyOf(localJobs.stream().map(String::trim).filter(j -> !j.isEmpty())
                .toList()));
    }

    /** This node's roles, as configured. */
    public static NodeRoles from(Config config) {
        return of(config.getValues(ROLES, String.class),
                config.getOptionalValues(LOCAL_JOBS, String.class).orElse(List.of()));
    }

    public boolean gpu() {
        return roles.contains(Role.GPU);
    }

    /** Whether this node starts the job itself; otherwise it goes to the job queue, for a gpu node. */
    public boolean runsHere(String jobName) {
        return gpu() || localJobs.contains(jobName);
    }

    /** E.g. "api,gpu". */
    public String describe() {
        return String.join(",", roles.stream().sorted().map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
    }
}
