package io.remo.node.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NodeRolesTest {

    private static final List<String> LOCAL = List.of("photo-check");

    @Test
    void aGpuNodeRunsEveryJobItself() {
        for (List<String> roles : List.of(List.of("api", "gpu"), List.of("gpu"), List.of(" GPU ", "api"))) {
            NodeRoles node = NodeRoles.of(roles, LOCAL);

            assertThat(node.gpu()).isTrue();
            assertThat(node.runsHere("design-options")).isTrue();
            assertThat(node.runsHere("photo-check")).isTrue();
        }
        assertThat(NodeRoles.of(List.of("gpu", "api"), LOCAL).describe()).isEqualTo("api,gpu");
    }

    @Test
    void anApiNodeRunsOnlyItsLocalJobs() {
        NodeRoles api = NodeRoles.of(List.of("api"), List.of(" photo-check ", ""));

        assertThat(api.gpu()).isFalse();
        assertThat(api.runsHere("photo-check")).isTrue();
        assertThat(api.runsHere("design-options")).isFalse();
        assertThat(api.runsHere("shopping-list")).isFalse();
        assertThat(api.runsHere("catalog-import")).isFalse();
        assertThat(api.describe()).isEqualTo("api");
    }

    @Test
    void refusesAnUnknownRoleOrNone() {
        assertThatThrownBy(() -> NodeRoles.of(List.of("api", "worker"), LOCAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'worker' is not a role");
        assertThatThrownBy(() -> NodeRoles.of(List.of(" "), LOCAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no role");
    }
}
