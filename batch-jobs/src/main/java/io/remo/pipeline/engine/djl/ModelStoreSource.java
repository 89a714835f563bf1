package io.remo.pipeline.engine.djl;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a model store comes from. The engine reads the store from a local directory; a remote source (an S3 prefix)
 * copies it there first. Integrity is the manifest's business, so a source only has to bring the bytes.
 */
public interface ModelStoreSource {

    /** The local directory holding {@code manifest.json} and the files it names. */
    Path localDirectory() throws IOException;

    /** For messages: where the store was read from. */
    String describe();
}
