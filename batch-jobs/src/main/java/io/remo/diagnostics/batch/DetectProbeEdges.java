package io.remo.diagnostics.batch;

import io.remo.storage.api.ObjectStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@Dependent
@Named("detectProbeEdges")
public class DetectProbeEdges extends AbstractBatchlet {

    @EJB(lookup = ObjectStore.JNDI_NAME)
    ObjectStore objectStore;

    @Inject
    JobContext job;

    @Override
    public String process() {
        String key = ProbeImage.key(job.getExecutionId());
        int edges = ProbeImage.edgePixels(objectStore.get(key));
        objectStore.deletePrefix(key);
        if (!ProbeImage.plausibleEdgeCount(edges)) {
            throw new IllegalStateException("OpenCV found " + edges + " edge pixels in the checkerboard probe image");
        }
        return "EDGES_" + edges;
    }
}
