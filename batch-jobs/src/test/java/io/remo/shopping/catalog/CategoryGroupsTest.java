package io.remo.shopping.catalog;

import static io.remo.shopping.catalog.CategoryGroup.BEDS;
import static io.remo.shopping.catalog.CategoryGroup.DECOR;
import static io.remo.shopping.catalog.CategoryGroup.LIGHTING;
import static io.remo.shopping.catalog.CategoryGroup.RUGS_AND_FLOORING;
import static io.remo.shopping.catalog.CategoryGroup.SEATING;
import static io.remo.shopping.catalog.CategoryGroup.STORAGE;
import static io.remo.shopping.catalog.CategoryGroup.TABLES;
import static io.remo.shopping.catalog.CategoryGroup.TEXTILES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryGroupsTest {

    @Test
    void theKindDecidesBeforeTheCategory() {
        assertThat(CategoryGroups.of("3-seat sofa", List.of("Sofas & armchairs"))).containsExactly(SEATING);
        assertThat(CategoryGroups.of("Bath mat", List.of("Sofas & armchairs"))).containsExactly(RUGS_AND_FLOORING);
        assertThat(CategoryGroups.of("Chair pad", List.of("Chairs"))).containsExactly(TEXTILES);
        assertThat(CategoryGroups.of("Cover for 3-seat sofa", List.of("Sofas & armchairs"))).containsExactly(TEXTILES);
        assertThat(CategoryGroups.of("Bar stool with backrest", List.of("Bar furniture"))).containsExactly(SEATING);
        assertThat(CategoryGroups.of("Bed frame with 4 drawers", List.of("Beds"))).containsExactly(BEDS);
        assertThat(CategoryGroups.of("TV bench", List.of("Cabinets & cupboards"))).containsExactly(STORAGE);
        assertThat(CategoryGroups.of("Table top", List.of("Tables & desks"))).containsExactly(TABLES);
        assertThat(CategoryGroups.of("Floor lamp", List.of())).containsExactly(LIGHTING);
        assertThat(CategoryGroups.of("Mirror", List.of())).containsExactly(DECOR);
    }

    @Test
    void aKindMayNameSeveralThings() {
        assertThat(CategoryGroups.of("Table and 4 chairs", List.of("Chairs"))).containsExactly(SEATING, TABLES);
        assertThat(CategoryGroups.of("Stool/side table, in/outdoor", List.of())).containsExactly(SEATING, TABLES);
        assertThat(CategoryGroups.of("Corner sofa-bed with storage", List.of("Beds"))).containsExactly(SEATING, BEDS);
    }

    @Test
    void anUnknownKindFallsBackToItsCategories() {
        assertThat(CategoryGroups.of("Corner section", List.of("Sofas & armchairs"))).containsExactly(SEATING);
        assertThat(CategoryGroups.of("Hanger", List.of("Wardrobes"))).containsExactly(STORAGE);
        assertThat(CategoryGroups.of("Hanger", List.of())).isEmpty();
    }
}
