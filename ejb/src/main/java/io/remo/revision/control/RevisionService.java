package io.remo.revision.control;

import io.remo.generation.control.GenerationService;
import io.remo.generation.entity.GeneratedImage;
import io.remo.pipeline.control.PipelineLauncher;
import io.remo.platform.api.ProblemException;
import io.remo.platform.control.Json;
import io.remo.project.control.ProjectAction;
import io.remo.project.control.ProjectWorkflow;
import io.remo.project.entity.Project;
import io.remo.revision.api.LassoRegion;
import io.remo.revision.api.NormalizedPoint;
import io.remo.revision.api.RevisionRequest;
import io.remo.revision.api.RevisionValidation;
import io.remo.revision.api.RevisionValidator;
import io.remo.revision.api.RevisionViolation;
import io.remo.revision.entity.LassoRegionRow;
import io.remo.revision.entity.Revision;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * POST revisions: a validated payload becomes a revision (its lasso regions as rows) and the revision job. The
 * iteration counter moves only when the job completes; the sixth revision is refused here whatever the API lets
 * through.
 */
@Stateless
public class RevisionService {

    public static final String REVISION_JOB = "revision";

    @PersistenceContext
    EntityManager em;

    @EJB
    ProjectWorkflow workflow;

    @EJB
    GenerationService generation;

    @Inject
    PipelineLauncher launcher;

    @Inject
    Clock clock;

    private final RevisionValidator validator = new RevisionValidator();

    public Revision create(UUID projectId, String token, RevisionRequest payload) {
        if (payload == null) {
            throw new ProblemException(400, "REVISION_TYPE_INVALID", "A revision body is required.", "type");
        }
        RevisionValidation validation = validator.validate(payload);
        if (!validation.valid()) {
            RevisionViolation first = validation.violations().get(0);
            throw new ProblemException(400, first.code().name(), first.message(), first.field(), Map.of("errors",
                    validation.violations().stream().map(v -> Map.of("code", v.code().name(), "field", v.field(),
                            "message", v.message())).toList()));
        }
        RevisionRequest request = validation.request();
        Project project = workflow.open(projectId, token, ProjectAction.REVISE);
        GeneratedImage base = generation.latestDesign(project);
        int number = project.getIterationCount() + 1;
        var revision = new Revision(UUID.randomUUID(), projectId, number, request.type(), base.getId(),
                request.isLasso() ? null : request.feedback(), Json.write(request), clock.instant());
        em.persist(revision);
        if (request.isLasso()) {
            for (int i = 0; i < request.regions().size(); i++) {
                em.persist(row(projectId, revision.getId(), i + 1, request.regions().get(i)));
            }
        }
        revision.generating();
        launcher.launch(projectId, REVISION_JOB, revision.getId(), Map.of("revisionId", revision.getId().toString()));
        workflow.accept(project, null);
        return revision;
    }

    private static LassoRegionRow row(UUID projectId, UUID revisionId, int number, LassoRegion region) {
        List<NormalizedPoint> points = region.pathPoints();
        double minX = points.stream().mapToDouble(NormalizedPoint::x).min().orElse(0);
        double maxX = points.stream().mapToDouble(NormalizedPoint::x).max().orElse(0);
        double minY = points.stream().mapToDouble(NormalizedPoint::y).min().orElse(0);
        double maxY = points.stream().mapToDouble(NormalizedPoint::y).max().orElse(0);
        return new LassoRegionRow(UUID.randomUUID(), projectId, revisionId, number, Json.write(points),
                Json.write(Map.of("x", minX, "y", minY, "width", maxX - minX, "height", maxY - minY)),
                region.action(), region.instruction(), Json.write(region.avoidTokens()), Json.write(region.styleNudges()),
                Json.write(region.brushStrokes()), region.scale(),
                region.offset() == null ? null : region.offset().x(), region.offset() == null ? null : region.offset().y());
    }
}
