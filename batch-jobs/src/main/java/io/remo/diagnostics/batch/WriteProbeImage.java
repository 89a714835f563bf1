package io.remo.diagnostics.batch;

import io.remo.storage.api.ObjectStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@Dependent
@Named("writeProbeImage")
public class WriteProbeImage extends AbstractBatchlet {

    @EJB(lookup = ObjectStore.JNDI_NAME)
    ObjectStore objectStore;

    @Inject
    JobContext job;

    @Override
    public String process() {
        byte[] png = ProbeImage.encodedPng();
        objectStore.put(ProbeImage.key(job.getExecutionId()), png, "image/png");
        return "WROTE_" + png.length + "_BYTES";
    }
}
