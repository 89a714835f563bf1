package io.remo.generation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One pipeline job of a project, as the phone sees it: name, step, progress 0–100, outcome. */
@Entity
@Table(name = "pipeline_runs")
public class PipelineRun {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(name = "job_name", nullable = false, updatable = false)
    private String jobName;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(nullable = false)
    private RunStatus status;

    private String step;

    @Column(nullable = false)
    private int progress;

    @Column(name = "error_code")
    private String errorCode;

    @Column(name = "failed_step")
    private String failedStep;

    @Column(name = "error_message")
    private String errorMessage;

    private String node;

    @Column(name = "subject_id")
    private UUID subjectId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** The engine's share of a completed run's wall time; the rest is orchestration and I/O. */
    @Column(name = "compute_millis")
    private Long computeMillis;

    protected PipelineRun() {
        // for JPA
    }

    public PipelineRun(UUID id, UUID projectId, String jobName, UUID subjectId, Instant startedAt) {
        this.id = id;
        this.projectId = projectId;
        this.jobName = jobName;
        this.subjectId = subjectId;
        this.startedAt = startedAt;
        this.status = RunStatus.STARTING;
    }

    public void started(long executionId, String node) {
        this.executionId = executionId;
        this.node = node;
        if (status == RunStatus.STARTING) {
            this.status = RunStatus.RUNNING;
        }
    }

    /** Progress only moves forward: a restarted step does not make the bar jump back. */
    public boolean advance(String step, int progress) {
        if (status.active() && progress >= this.progress) {
            this.step = step;
            this.progress = Math.min(100, progress);
            this.status = RunStatus.RUNNING;
            return true;
        }
        return false;
    }

    public void completed(Instant at) {
        this.status = RunStatus.COMPLETED;
        this.progress = 100;
        this.endedAt = at;
    }

    public void failed(String code, String failedStep, String message, Instant at) {
        this.status = RunStatus.FAILED;
        this.errorCode = code;
        this.failedStep = failedStep;
        this.errorMessage = message == null ? null : message.substring(0, Math.min(500, message.length()));
        this.endedAt = at;
    }

    public void stopped(Instant at) {
        this.status = RunStatus.STOPPED;
        this.endedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public String getJobName() {
        return jobName;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public RunStatus getStatus() {
        return status;
    }

    public String getStep() {
        return step;
    }

    public int getProgress() {
        return progress;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public String getFailedStep() {
        return failedStep;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public String getNode() {
        return node;
    }

    public UUID getSubjectId() {
        return subjectId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public void recordCompute(long millis) {
        this.computeMillis = millis;
    }

    public Long getComputeMillis() {
        return computeMillis;
    }
}
