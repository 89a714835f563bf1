package io.remo.generation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A partition of the generate step has one item: its option index. The checkpoint says whether it was done. */
@Dependent
@Named("optionReader")
public class OptionReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "optionIndex")
    String optionIndex;

    private boolean read;

    @Override
    public void open(Serializable checkpoint) {
        read = Boolean.TRUE.equals(checkpoint);
    }

    @Override
    public Object readItem() {
        if (read) {
            return null;
        }
        read = true;
        return Integer.valueOf(optionIndex);
    }

    @Override
    public Serializable checkpointInfo() {
        return read;
    }
}
