package io.remo.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remo.pipeline.api.PipelineFailure;
import io.remo.storage.api.ObjectStore;
import io.remo.storage.api.StorageUnavailableException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PipelineObjectsTest {

    /** The uploads each key got, completed by the test when it wants; other calls are not expected. */
    private final Map<String, CompletableFuture<Void>> uploads = new LinkedHashMap<>();
    private final List<String> puts = new ArrayList<>();
    private final ObjectStore store = (ObjectStore) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ObjectStore.class}, (proxy, method, args) -> switch (method.getName()) {
                case "putAsync" -> uploads.computeIfAbsent((String) args[0], key -> new CompletableFuture<>());
                case "put" -> {
                    if (args[0].equals("unreachable")) {
                        throw new StorageUnavailableException("connection refused", null);
                    }
                    puts.add((String) args[0]);
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void everyUploadIsUnderWayBeforeTheFirstIsAwaited() {
        var files = PipelineObjects.uploads(store);
        files.start("a.jpg", new byte[1], "image/jpeg");
        files.start("b.jpg", new byte[1], "image/jpeg");

        assertThat(uploads).containsOnlyKeys("a.jpg", "b.jpg");
        uploads.values().forEach(upload -> upload.complete(null));
        files.await();
    }

    @Test
    void anUnreachableStoreFailsTheStepForARetryOnceNoUploadIsLeftRunning() {
        var files = PipelineObjects.uploads(store);
        files.start("a.jpg", new byte[1], "image/jpeg");
        files.start("b.jpg", new byte[1], "image/jpeg");
        uploads.get("a.jpg").completeExceptionally(new StorageUnavailableException("connection refused", null));
        CompletableFuture<Void> slow = uploads.get("b.jpg");
        CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS).execute(() -> slow.complete(null));

        assertThatThrownBy(files::await).isInstanceOf(PipelineFailure.Transient.class)
                .extracting(e -> ((PipelineFailure) e).code()).isEqualTo("STORAGE_UNAVAILABLE");
        assertThat(slow).isDone();
    }

    @Test
    void anyOtherFailureIsPassedOnAsItIs() {
        var files = PipelineObjects.uploads(store);
        files.start("a.jpg", new byte[1], "image/jpeg");
        IllegalArgumentException refused = new IllegalArgumentException("bad key");
        uploads.get("a.jpg").completeExceptionally(refused);

        assertThatThrownBy(files::await).isSameAs(refused);
    }

    @Test
    void aSinglePutMapsAnUnreachableStoreTheSameWay() {
        PipelineObjects.put(store, "fine.pdf", new byte[1], "application/pdf");
        assertThat(puts).containsExactly("fine.pdf");

        assertThatThrownBy(() -> PipelineObjects.put(store, "unreachable", new byte[1], "application/pdf"))
                .isInstanceOf(PipelineFailure.Transient.class)
                .extracting(e -> ((PipelineFailure) e).code()).isEqualTo("STORAGE_UNAVAILABLE");
    }
}
