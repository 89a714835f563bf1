package io.remo.photo.batch;

import io.remo.imaging.ImageCodec;
import io.remo.imaging.PerceptualHash;
import io.remo.imaging.PhotoAssessment;
import io.remo.imaging.PhotoQuality;
import io.remo.pipeline.api.PhotoCheckInput;
import io.remo.pipeline.api.PhotoCheckResults;
import io.remo.pipeline.batch.PipelineObjects;
import io.remo.pipeline.batch.RunContext;
import io.remo.pipeline.batch.StepControl;
import io.remo.storage.api.ObjectStore;
import io.remo.storage.api.ProjectObjects;
import io.remo.pipeline.batch.PipelineBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The photo-check job's one step: assess the stored photo and record the verdict. */
@Dependent
@Named("checkPhoto")
public class CheckPhoto extends PipelineBatchlet {

    @Inject
    RunContext run;

    @EJB(lookup = PhotoCheckResults.JNDI_NAME)
    PhotoCheckResults results;

    @EJB(lookup = ObjectStore.JNDI_NAME)
    ObjectStore objectStore;

    @Inject
    @ConfigProperty(name = "remo.pipeline.max-pixels", defaultValue = "50000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "remo.pipeline.working-long-side", defaultValue = "1024")
    int workingLongSide;

    @Override
    protected String work() {
        StepControl control = run.control();
        UUID photoId = UUID.fromString(run.jobProperty("photoId"));
        PhotoCheckInput input = results.input(photoId);
        control.progress(0.1, "fetching the photo");
        byte[] photo = PipelineObjects.get(objectStore, input.storageKey(), "PHOTO_MISSING",
                "the photo is missing from storage");
        control.progress(0.3, "checking sharpness, light and content");
        PhotoAssessment assessment = new PhotoQuality(PhotoQuality.Thresholds.DEFAULTS, maxPixels)
                .assess(photo, input.otherPhotoHashes().stream().map(PerceptualHash::new).toList());
        String code = assessment.acceptable() ? null : assessment.problems().get(0).name();
        String detail = assessment.acceptable() ? null : assessment.problems().get(0).advice();
        if (assessment.acceptable()) {
            storeWorkingCopy(input.storageKey(), photo);
        }
        control.progress(1, assessment.acceptable() ? "the photo is fine" : detail);
        run.flushProgress(); // the publication ends the run: no progress event may follow it
        results.record(photoId, code, detail, assessment.hash().bits());
        return assessment.acceptable() ? "PASSED" : "FAILED_" + code;
    }

    /** Near-lossless (JPEG 95) at the working size: what a generation decodes in a few milliseconds. */
    private void storeWorkingCopy(String photoKey, byte[] photo) {
        byte[] copy = ImageCodec.encodeJpeg(ImageCodec.decodeResized(photo, maxPixels, workingLongSide), 95);
        PipelineObjects.put(objectStore, ProjectObjects.workingCopy(photoKey, workingLongSide), copy, "image/jpeg");
    }
}
