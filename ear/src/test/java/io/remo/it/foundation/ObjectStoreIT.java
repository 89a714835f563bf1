package io.remo.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.it.support.RemoDeployment;
import io.remo.storage.api.ObjectStore;
import io.remo.storage.api.StoredObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside the server, against the application's own ObjectStore bean. */
@ExtendWith(ArquillianExtension.class)
class ObjectStoreIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RemoDeployment.inContainer(ObjectStoreIT.class);
    }

    @Test
    void anObjectPutIsDownloadedThroughAPresignedUrl() throws Exception {
        ObjectStore store = InitialContext.doLookup(ObjectStore.JNDI_NAME);
        String prefix = "projects/" + UUID.randomUUID() + "/";
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        store.put(prefix + "photo.jpg", content, "image/jpeg");

        URI url = store.presignGet(prefix + "photo.jpg");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(download.headers().firstValue("x-amz-meta-purge-after")).as("every object carries its purge time").isPresent();
        assertThat(url.getQuery()).contains("X-Amz-Expires=3600");

        URI otherKey = URI.create(url.toString().replace("photo.jpg", "other.jpg"));
        HttpResponse<byte[]> refused = http.send(HttpRequest.newBuilder(otherKey).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(refused.statusCode()).as("a presigned URL names one object").isEqualTo(403);
    }

    @Test
    void listsAndDeletesByPrefix() throws Exception {
        ObjectStore store = InitialContext.doLookup(ObjectStore.JNDI_NAME);
        String prefix = "projects/" + UUID.randomUUID() + "/";
        for (int i = 0; i < 3; i++) {
            store.put(prefix + "image-" + i + ".png", new byte[] {(byte) i}, "image/png");
        }
        store.put(prefix + "nested/analysis.bin", new byte[10], "application/octet-stream");

        assertThat(store.list(prefix)).extracting(StoredObject::key).hasSize(4).allMatch(k -> k.startsWith(prefix));
        assertThat(store.deletePrefix(prefix)).isEqualTo(4);
        assertThat(store.list(prefix)).isEmpty();
        assertThat(store.deletePrefix(prefix)).as("a second delete finds nothing").isZero();
    }
}
