package io.remo.shopping.control;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.entity.ProjectBrief;
import io.remo.events.api.ProjectEventMessage;
import io.remo.events.control.ProjectEvents;
import io.remo.generation.entity.GeneratedImage;
import io.remo.generation.entity.PipelineRun;
import io.remo.pipeline.api.PipelineFailure;
import io.remo.platform.control.Json;
import io.remo.project.control.ProjectStateReader;
import io.remo.project.entity.Project;
import io.remo.scan.control.ScanService;
import io.remo.shopping.api.ShoppingInput;
import io.remo.shopping.api.ShoppingListView;
import io.remo.shopping.api.ShoppingPipeline;
import io.remo.storage.api.ProjectObjects;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Stateless
@Local(ShoppingPipeline.class)
public class ShoppingPipelineService implements ShoppingPipeline {

    @PersistenceContext
    EntityManager em;

    @EJB
    ScanService scans;

    @EJB
    ProjectEvents events;

    @EJB
    ProjectStateReader states;

    @Inject
    Clock clock;

    @Override
    public ShoppingInput input(UUID projectId, UUID imageId) {
        GeneratedImage image = em.find(GeneratedImage.class, imageId);
        if (image == null || !image.getProjectId().equals(projectId)) {
            throw new PipelineFailure("DESIGN_GONE", "the approved design no longer exists");
        }
        DesignBrief brief = em.createQuery("select b from ProjectBrief b where b.projectId = :project", ProjectBrief.class)
                .setParameter("project", projectId).getResultList().stream().findFirst()
                .map(ProjectBrief::getBriefData).orElse(DesignBrief.EMPTY);
        @SuppressWarnings("unchecked")
        List<String> instructions = new ArrayList<>(em.createNativeQuery("select l.instruction from lasso_regions l "
                + "join revisions r on r.id = l.revision_id where r.project_id = ?1 and r.status = 'completed' "
                + "order by r.revision_number, l.region_number").setParameter(1, projectId).getResultList());
        @SuppressWarnings("unchecked")
        List<String> feedback = em.createNativeQuery("select feedback_text from revisions where project_id = ?1 "
                + "and status = 'completed' and feedback_text is not null order by revision_number")
                .setParameter(1, projectId).getResultList();
        instructions.addAll(feedback);
        String analysis = ProjectObjects.analysis(projectId, image.getGeneration());
        return new ShoppingInput(projectId, imageId, image.getStorageKey(), analysis, brief, scans.dimensionsOf(projectId),
                List.copyOf(instructions));
    }

    @Override
    public void publish(UUID runId, UUID projectId, UUID imageId, ShoppingListView list, String pdfKey) {
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            return;
        }
        em.createNativeQuery("delete from shopping_lists where project_id = ?1").setParameter(1, projectId).executeUpdate();
        UUID listId = UUID.randomUUID();
        em.createNativeQuery("insert into shopping_lists (id, project_id, generated_image_id, total_estimated_cost, currency, "
                        + "pdf_key, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, listId).setParameter(2, projectId).setParameter(3, imageId)
                .setParameter(4, list.totalEstimatedCost()).setParameter(5, list.currency()).setParameter(6, pdfKey)
                .setParameter(7, Timestamp.from(clock.instant())).executeUpdate();
        int order = 0;
        for (ShoppingListView.Group group : list.groups()) {
            for (ShoppingListView.Item item : group.items()) {
                em.createNativeQuery("insert into product_matches (id, project_id, shopping_list_id, category_group, "
                                + "item_description, product_name, retailer, price_cents, currency, product_url, image_url, "
                                + "dimensions, confidence_score, why_matched, fit_status, fit_detail, sort_order, "
                                + "search_fallback_url, source_price_cents, source_currency) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                                + "?8, ?9, ?10, ?11, cast(?12 as jsonb), ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, projectId).setParameter(3, listId)
                        .setParameter(4, group.category()).setParameter(5, item.itemDescription())
                        .setParameter(6, item.productName()).setParameter(7, item.retailer())
                        .setParameter(8, item.priceCents()).setParameter(9, item.currency())
                        .setParameter(10, item.productUrl()).setParameter(11, item.imageUrl())
                        .setParameter(12, item.dimensions() == null ? null : Json.write(item.dimensions()))
                        .setParameter(13, item.confidenceScore()).setParameter(14, item.whyMatched())
                        .setParameter(15, item.fitStatus()).setParameter(16, item.fitDetail())
                        .setParameter(17, order++).setParameter(18, item.searchFallbackUrl())
                        .setParameter(19, item.sourcePriceCents()).setParameter(20, item.sourceCurrency())
                        .executeUpdate();
            }
        }
        PipelineRun run = em.find(PipelineRun.class, runId);
        if (run != null && run.getStatus().active()) {
            run.completed(clock.instant());
        }
        em.flush();
        events.publish(projectId, ProjectEventMessage.COMPLETE, Map.of("jobId", runId, "job", "shopping-list",
                "state", states.view(project)));
    }
}
