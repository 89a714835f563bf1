package io.remo.shopping.control;

import io.remo.platform.api.ProblemException;
import io.remo.platform.control.Json;
import io.remo.project.control.ProjectService;
import io.remo.shopping.api.ShoppingListView;
import io.remo.storage.api.ObjectStore;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** GET shopping-list and shopping-list.pdf. */
@Stateless
public class ShoppingListReader {

    @PersistenceContext
    EntityManager em;

    @EJB
    ProjectService projects;

    @EJB
    ObjectStore objectStore;

    public ShoppingListView read(UUID projectId, String token) {
        projects.open(projectId, token);
        Object[] list = list(projectId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select category_group, item_description, product_name, retailer, "
                + "price_cents, currency, source_price_cents, source_currency, product_url, image_url, cast(dimensions as text), "
                + "confidence_score, why_matched, fit_status, fit_detail, search_fallback_url from product_matches "
                + "where shopping_list_id = ?1 order by sort_order").setParameter(1, list[0]).getResultList();
        Map<String, List<ShoppingListView.Item>> groups = new LinkedHashMap<>();
        for (Object[] r : rows) {
            groups.computeIfAbsent((String) r[0], g -> new ArrayList<>()).add(new ShoppingListView.Item(
                    (String) r[1], (String) r[2], (String) r[3], toLong(r[4]), (String) r[5], toLong(r[6]), (String) r[7],
                    (String) r[8], (String) r[9], r[10] == null ? null : Json.read((String) r[10], ShoppingListView.Size.class),
                    r[11] == null ? null : ((Number) r[11]).doubleValue(), (String) r[12], (String) r[13], (String) r[14],
                    (String) r[15]));
        }
        return new ShoppingListView(groups.entrySet().stream()
                .map(e -> new ShoppingListView.Group(e.getKey(), e.getValue())).toList(),
                ((Number) list[1]).longValue(), (String) list[2]);
    }

    public byte[] pdf(UUID projectId, String token) {
        projects.open(projectId, token);
        Object[] list = list(projectId);
        if (list[3] == null) {
            throw new ProblemException(409, "SHOPPING_LIST_NOT_READY", "The PDF of the shopping list is not ready.");
        }
        return objectStore.get((String) list[3]);
    }

    private Object[] list(UUID projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> lists = em.createNativeQuery("select id, total_estimated_cost, currency, pdf_key from shopping_lists "
                + "where project_id = ?1").setParameter(1, projectId).getResultList();
        if (lists.isEmpty()) {
            throw new ProblemException(409, "SHOPPING_LIST_NOT_READY", "There is no shopping list yet: approve a design, "
                    + "then follow the shopping-list job on the event stream.");
        }
        return lists.get(0);
    }

    private static Long toLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
