package io.remo.generation.batch;

import io.remo.imaging.RgbImage;
import io.remo.pipeline.api.DesignPipeline;
import io.remo.pipeline.api.PipelineFailure;
import io.remo.pipeline.api.PublishedOption;
import io.remo.pipeline.batch.RunContext;
import io.remo.pipeline.engine.RenderedOption;
import io.remo.pipeline.verify.GateResult;
import io.remo.pipeline.batch.PipelineBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Records the two options (full JPEG, 400 px thumbnail, WebP) and the analysis maps, once their uploads, started
 * as soon as each existed ({@link OptionUploads}), are done: the project moves to selection and the phone gets
 * "complete".
 */
@Dependent
@Named("publishOptions")
public class PublishOptions extends PipelineBatchlet {

    @Inject
    RunContext run;

    @Inject
    DesignWorkspace workspace;

    @Inject
    OptionUploads uploads;

    @EJB(lookup = DesignPipeline.JNDI_NAME)
    DesignPipeline pipeline;

    @Override
    protected String work() {
        DesignStep step = DesignStep.of(run);
        var control = run.control();
        var work = workspace.analyzed(step.runId(), step.projectId(), step.generation(), control);
        List<PublishedOption> published = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            RenderedOption option = work.options[i];
            if (option == null) {
                throw new PipelineFailure("OPTION_MISSING", "option " + i + " was not rendered");
            }
            OptionUploads.StoredOption stored = uploads.awaitOption(step, work, i);
            RgbImage image = option.image();
            published.add(new PublishedOption(i, stored.key(), stored.thumbnailKey(), stored.webpKey(), image.width(),
                    image.height(), option.prompt(), option.engineId(), option.seed(), option.computeMillis(),
                    qualityJson(work.gates.get(i))));
        }
        uploads.awaitAnalysis(step, work);
        run.flushProgress(); // the publication ends the run: no progress event may follow it
        pipeline.publish(step.runId(), step.projectId(), step.generation(), published);
        return "PUBLISHED";
    }

    static String qualityJson(List<GateResult> gates) {
        if (gates == null) {
            return null;
        }
        return gates.stream().map(g -> "{\"gate\":\"" + g.gate() + "\",\"passed\":" + g.passed() + ",\"measurements\":["
                + g.measurements().stream().map(m -> "{\"name\":\"" + m.name() + "\",\"value\":" + m.value()
                        + ",\"threshold\":" + m.threshold() + "}").collect(Collectors.joining(",")) + "]}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
