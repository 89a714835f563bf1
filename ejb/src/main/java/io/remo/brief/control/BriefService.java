package io.remo.brief.control;

import io.remo.brief.api.BriefSummary;
import io.remo.brief.api.ConversationTurn;
import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.InspirationNote;
import io.remo.intake.control.IntakeContext;
import io.remo.intake.control.IntakeMode;
import io.remo.intake.control.IntakeState;
import io.remo.intake.control.IntakeTurn;
import io.remo.intake.control.Interviewer;
import io.remo.photo.entity.Photo;
import io.remo.photo.entity.PhotoType;
import io.remo.platform.control.Json;
import io.remo.platform.control.Text;
import io.remo.brief.entity.ProjectBrief;
import io.remo.generation.control.GenerationService;
import io.remo.platform.api.ProblemException;
import io.remo.project.control.ProjectAction;
import io.remo.project.control.ProjectWorkflow;
import io.remo.project.entity.Project;
import io.remo.project.entity.ProjectStep;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The intake step: the conversation that becomes the brief, its confirmation, or skipping it. */
@Stateless
public class BriefService {

    @PersistenceContext
    EntityManager em;

    @EJB
    ProjectWorkflow workflow;

    @EJB
    GenerationService generation;

    @Inject
    Clock clock;

    @Inject
    Interviewers interviewers;

    @Inject
    @ConfigProperty(name = "remo.intake.max-message-chars")
    int maxMessageChars;

    /**
     * POST intake/message: the first message chooses the mode (quick, full or open) and may already carry an answer;
     * the next ones answer. A message with another mode starts the conversation again in that mode.
     */
    public IntakeReply message(UUID projectId, String token, String mode, String content) {
        String text = Text.clean(content);
        if (text != null && text.length() > maxMessageChars) {
            throw new ProblemException(400, "MESSAGE_TOO_LONG", "A message has at most " + maxMessageChars + " characters.",
                    "content");
        }
        IntakeMode chosen = mode == null ? null : parseMode(mode);
        Project project = workflow.open(projectId, token, ProjectAction.INTAKE_MESSAGE);
        Optional<ProjectBrief> existing = briefOf(projectId).filter(b -> b.getInterviewState() != null);
        Interviewer interviewer = interviewers.interviewer();
        Instant now = clock.instant();
        List<ConversationTurn> turns = new ArrayList<>();
        IntakeTurn turn;
        ProjectBrief brief;
        if (existing.isEmpty() || (chosen != null && !chosen.key().equals(existing.get().getIntakeMode()))) {
            if (chosen == null) {
                throw new ProblemException(400, "INTAKE_MODE_REQUIRED", "The first intake message chooses the mode: "
                        + "quick, full or open.", "mode");
            }
            existing.ifPresent(em::remove);
            em.flush();
            brief = new ProjectBrief(UUID.randomUUID(), projectId, chosen.key(), now);
            em.persist(brief);
            turn = interviewer.start(chosen, new IntakeContext(inspirationNotes(projectId)));
            turns.add(new ConversationTurn(ConversationTurn.ASSISTANT, turn.reply(), now));
        } else {
            brief = existing.get();
            turn = null;
        }
        if (text != null && !text.isEmpty() || turn == null) {
            IntakeState state = turn != null ? turn.state() : Json.read(brief.getInterviewState(), IntakeState.class);
            turns.add(new ConversationTurn(ConversationTurn.USER, text == null ? "" : text, now));
            turn = interviewer.answer(state, text == null ? "" : text);
            turns.add(new ConversationTurn(ConversationTurn.ASSISTANT, turn.reply(), now));
        }
        brief.record(turns, turn.draft(), Json.write(turn.state()), now);
        workflow.accept(project, null);
        return new IntakeReply(brief.getIntakeMode(), turn.reply(), turn.suggestions(), turn.filledFields(),
                turn.remainingFields(), turn.draft(), BriefSummary.of(turn.draft()), turn.complete(),
                turn.answeredBy().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** POST intake/confirm: the conversation's brief becomes final and generation starts. */
    public void confirm(UUID projectId, String token) {
        Project project = workflow.open(projectId, token, ProjectAction.CONFIRM_INTAKE);
        ProjectBrief brief = briefOf(projectId).orElseThrow(() -> new ProblemException(409, "INTAKE_NOT_STARTED",
                "There is no intake conversation to confirm; send intake/message first or skip the intake."));
        DesignBrief confirmed = brief.getInterviewState() == null ? brief.getBriefData()
                : interviewers.interviewer().confirm(Json.read(brief.getInterviewState(), IntakeState.class));
        brief.confirm(confirmed, clock.instant());
        generation.startDesignOptions(project);
        workflow.accept(project, ProjectStep.GENERATING);
    }

    /** POST intake/skip: generation works from the photos alone. */
    public void skip(UUID projectId, String token) {
        Project project = workflow.open(projectId, token, ProjectAction.SKIP_INTAKE);
        em.createQuery("delete from ProjectBrief b where b.projectId = :project").setParameter("project", projectId)
                .executeUpdate();
        var brief = new ProjectBrief(UUID.randomUUID(), projectId, "skipped", clock.instant());
        brief.confirm(DesignBrief.EMPTY, clock.instant());
        em.persist(brief);
        generation.startDesignOptions(project);
        workflow.accept(project, ProjectStep.GENERATING);
    }

    private List<InspirationNote> inspirationNotes(UUID projectId) {
        List<Photo> inspirations = em.createQuery("select p from Photo p where p.projectId = :project and p.type = :type "
                        + "order by p.sortOrder", Photo.class)
                .setParameter("project", projectId).setParameter("type", PhotoType.INSPIRATION).getResultList();
        List<InspirationNote> notes = new ArrayList<>();
        for (int i = 0; i < inspirations.size(); i++) {
            if (inspirations.get(i).getNote() != null) {
                notes.add(new InspirationNote(i, inspirations.get(i).getNote(), null));
            }
        }
        return notes;
    }

    static IntakeMode parseMode(String mode) {
        return switch (mode) {
            case "quick" -> IntakeMode.QUICK;
            case "full" -> IntakeMode.FULL;
            case "open" -> IntakeMode.OPEN;
            default -> throw new ProblemException(400, "INTAKE_MODE_INVALID", "mode must be quick, full or open.", "mode");
        };
    }

    public Optional<ProjectBrief> briefOf(UUID projectId) {
        List<ProjectBrief> briefs = em.createQuery("select b from ProjectBrief b where b.projectId = :project",
                ProjectBrief.class).setParameter("project", projectId).getResultList();
        return briefs.stream().findFirst();
    }
}
