package io.remo.pipeline.engine.djl;

import java.nio.file.Path;

/** A model store already on this machine's disk (a mounted volume, or a directory baked into the image). */
public record LocalModelStoreSource(Path directory) implements ModelStoreSource {

    @Override
    public Path localDirectory() {
        return directory;
    }

    @Override
    public String describe() {
        return directory.toAbsolutePath().toString();
    }
}
