package io.remo.node.api;

/**
 * Where the redesign engine of a node stands, for /health.
 *
 * @param state        see {@link State}
 * @param engine       the engine's id (e.g. "djl-sd15-controlnet/1"), or its configured name before it is loaded
 * @param device       where it computes ("cpu()", "gpu(0)"), once loaded
 * @param models       the model store it loaded (name and manifest hash), when it loads one
 * @param concurrency  jobs computing at once on its device, once loaded
 * @param warmUpMillis how long loading and warming took, once ready
 * @param error        why it failed, when it did
 */
public record EngineStatus(State state, String engine, String device, String models, Integer concurrency,
                           Long warmUpMillis, String error) {

    public enum State {
        /** Nothing asked for it yet. */
        NOT_STARTED,
        /** Verifying the model store and loading the networks onto the device. */
        LOADING,
        /** Rendering once per configured size, so that no job pays for a first shape. */
        WARMING_UP,
        /** Jobs run at full speed. */
        READY,
        /** Cannot run jobs: {@code error} says why (a refused model store, a device that does not work). */
        FAILED
    }

    public static EngineStatus notStarted(String engine) {
        return new EngineStatus(State.NOT_STARTED, engine, null, null, null, null, null);
    }

    public EngineStatus failed(String why) {
        return new EngineStatus(State.FAILED, engine, device, models, concurrency, warmUpMillis, why);
    }
}
