package io.remo.brief.entity;

import io.remo.brief.api.ConversationTurn;
import io.remo.brief.api.DesignBrief;
import io.remo.platform.control.JsonConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The design brief of a project (table design_briefs) with the conversation that produced it. */
@Entity
@Table(name = "design_briefs")
public class ProjectBrief {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(name = "intake_mode", nullable = false)
    private String intakeMode;

    @Convert(converter = BriefColumn.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "brief_data", nullable = false)
    private DesignBrief briefData;

    @Convert(converter = ConversationColumn.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "conversation_history", nullable = false)
    private List<ConversationTurn> conversationHistory;

    /** The interviewer's own state between turns, as it serialised it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "interview_state")
    private String interviewState;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProjectBrief() {
        // for JPA
    }

    public ProjectBrief(UUID id, UUID projectId, String intakeMode, Instant now) {
        this.id = id;
        this.projectId = projectId;
        this.intakeMode = intakeMode;
        this.briefData = DesignBrief.EMPTY;
        this.conversationHistory = new ArrayList<>();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void record(List<ConversationTurn> turns, DesignBrief draft, String interviewState, Instant now) {
        List<ConversationTurn> history = new ArrayList<>(conversationHistory);
        history.addAll(turns);
        this.conversationHistory = history;
        this.briefData = draft;
        this.interviewState = interviewState;
        this.updatedAt = now;
    }

    public void confirm(DesignBrief brief, Instant now) {
        this.briefData = brief;
        this.confirmedAt = now;
        this.updatedAt = now;
    }

    /** Start over: the brief stays as a starting point but must be confirmed again. */
    public void reopen(Instant now) {
        this.confirmedAt = null;
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public String getIntakeMode() {
        return intakeMode;
    }

    public DesignBrief getBriefData() {
        return briefData;
    }

    public List<ConversationTurn> getConversationHistory() {
        return List.copyOf(conversationHistory);
    }

    public String getInterviewState() {
        return interviewState;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    @Converter
    public static class BriefColumn extends JsonConverter<DesignBrief> {
        public BriefColumn() {
            super(DesignBrief.class);
        }
    }

    @Converter
    public static class ConversationColumn extends JsonConverter<List<ConversationTurn>> {
        public ConversationColumn() {
            super(new ArrayList<ConversationTurn>() { }.getClass().getGenericSuperclass());
        }
    }
}
