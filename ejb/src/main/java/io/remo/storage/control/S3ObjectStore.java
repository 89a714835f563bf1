package io.remo.storage.control;

import io.remo.storage.api.ObjectNotFoundException;
import io.remo.storage.api.ObjectStore;
import io.remo.storage.api.StorageUnavailableException;
import io.remo.storage.api.StoredObject;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * {@link ObjectStore} on the AWS SDK for Java v2: any S3-compatible service (S3Proxy locally, S3 or R2 in
 * production), path-style addressing. The clients are thread-safe, so the bean does no locking.
 */
@Startup
@Singleton
@Local(ObjectStore.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class S3ObjectStore implements ObjectStore {

    public static final String PURGE_AFTER = "purge-after";
    private static final Logger LOG = Logger.getLogger(S3ObjectStore.class.getName());
    private static final int DELETE_BATCH = 1000;

    @Inject
    @ConfigProperty(name = "remo.s3.endpoint")
    URI endpoint;

    @Inject
    @ConfigProperty(name = "remo.s3.region")
    String region;

    @Inject
    @ConfigProperty(name = "remo.s3.access-key")
    String accessKey;

    @Inject
    @ConfigProperty(name = "remo.s3.secret-key")
    String secretKey;

    @Inject
    @ConfigProperty(name = "remo.s3.bucket")
    String bucket;

    @Inject
    @ConfigProperty(name = "remo.s3.presign-expiry")
    Duration presignExpiry;

    @Inject
    @ConfigProperty(name = "remo.s3.object-retention")
    Duration objectRetention;

    @Inject
    @ConfigProperty(name = "remo.s3.timeout")
    Duration timeout;

    @Inject
    Clock clock;

    private S3Client s3;
    private S3Presigner presigner;

    @PostConstruct
    void connect() {
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
        var pathStyle = S3Configuration.builder().pathStyleAccessEnabled(true).build();
        s3 = S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .serviceConfiguration(pathStyle)
                // Checksums only where the API demands them: S3-compatible servers differ in trailer support.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(timeout))
                .overrideConfiguration(c -> c.apiCallTimeout(timeout))
                .build();
        presigner = S3Presigner.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .serviceConfiguration(pathStyle)
                .build();
        try {
            checkBucket(Duration.ofSeconds(2));
        } catch (StorageUnavailableException e) {
            // Not fatal: the readiness check reports it and creates the bucket once the store answers.
            LOG.log(Level.WARNING, "object store not reachable at start: {0}", e.getMessage());
        }
    }

    @PreDestroy
    void close() {
        s3.close();
        presigner.close();
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        String purgeAfter = clock.instant().plus(objectRetention).toString();
        Supplier<PutObjectResponse> upload = () -> s3.putObject(b -> b.bucket(bucket).key(key)
                .contentType(contentType).metadata(Map.of(PURGE_AFTER, purgeAfter)), RequestBody.fromBytes(content));
        try {
            call("put " + key, upload);
        } catch (StorageUnavailableException e) {
            // A bucket removed behind our back (an operator, a wiped dev store) must not fail every upload
            // until the next readiness probe happens to recreate it.
            if (!(e.getCause() instanceof NoSuchBucketException)) {
                throw e;
            }
            createBucket();
            call("put " + key, upload);
        }
    }

    @Override
    @Asynchronous
    public Future<Void> putAsync(String key, byte[] content, String contentType) {
        put(key, content, contentType);
        return new AsyncResult<>(null);
    }

    @Override
    public byte[] get(String key) {
        try {
            return call("get " + key, () -> s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
        } catch (StorageUnavailableException e) {
            if (e.getCause() instanceof NoSuchKeyException) {
                throw new ObjectNotFoundException(key);
            }
            throw e;
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            call("head " + key, () -> s3.headObject(b -> b.bucket(bucket).key(key)));
            return true;
        } catch (StorageUnavailableException e) {
            if (e.getCause() instanceof S3Exception s3e && s3e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public URI presignGet(String key) {
        var request = presigner.presignGetObject(p -> p.signatureDuration(presignExpiry)
                .getObjectRequest(g -> g.bucket(bucket).key(key)));
        return URI.create(request.url().toString());
    }

    @Override
    public URI presignPut(String key, String contentType, Duration validity) {
        var request = presigner.presignPutObject(p -> p.signatureDuration(validity)
                .putObjectRequest(o -> o.bucket(bucket).key(key).contentType(contentType)));
        return URI.create(request.url().toString());
    }

    @Override
    public List<StoredObject> list(String prefix) {
        return call("list " + prefix, () -> {
            List<StoredObject> objects = new ArrayList<>();
            for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
                objects.add(new StoredObject(o.key(), o.size(), o.lastModified()));
            }
            return objects;
        });
    }

    @Override
    public List<String> listPrefixes(String prefix) {
        return call("list prefixes " + prefix, () -> {
            List<String> prefixes = new ArrayList<>();
            s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix).delimiter("/")).commonPrefixes()
                    .forEach(p -> prefixes.add(p.prefix()));
            return prefixes;
        });
    }

    @Override
    public Map<String, String> metadata(String key) {
        try {
            return call("head " + key, () -> s3.headObject(b -> b.bucket(bucket).key(key)).metadata());
        } catch (StorageUnavailableException e) {
            if (e.getCause() instanceof S3Exception s3e && s3e.statusCode() == 404) {
                return Map.of();
            }
            throw e;
        }
    }

    @Override
    public int deletePrefix(String prefix) {
        List<StoredObject> objects = list(prefix);
        for (int from = 0; from < objects.size(); from += DELETE_BATCH) {
            List<ObjectIdentifier> batch = objects.subList(from, Math.min(objects.size(), from + DELETE_BATCH)).stream()
                    .map(o -> ObjectIdentifier.builder().key(o.key()).build())
                    .toList();
            var response = call("delete " + prefix, () -> s3.deleteObjects(b -> b.bucket(bucket)
                    .delete(Delete.builder().objects(batch).quiet(true).build())));
            if (response.hasErrors() && !response.errors().isEmpty()) {
                throw new StorageUnavailableException("delete under " + prefix + " failed for "
                        + response.errors().size() + " objects: " + response.errors().get(0).message(), null);
            }
        }
        return objects.size();
    }

    @Override
    public void checkBucket(Duration timeout) {
        try {
            s3.headBucket(b -> b.bucket(bucket).overrideConfiguration(c -> c.apiCallTimeout(timeout)));
        } catch (NoSuchBucketException e) {
            createBucket();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                createBucket();
            } else {
                throw new StorageUnavailableException("bucket " + bucket + " at " + endpoint + ": " + e.getMessage(), e);
            }
        } catch (SdkException e) {
            throw new StorageUnavailableException("object store at " + endpoint + " unreachable: " + e.getMessage(), e);
        }
    }

    @Override
    public String location() {
        return endpoint + "/" + bucket;
    }

    private void createBucket() {
        call("create bucket " + bucket, () -> s3.createBucket(b -> b.bucket(bucket)));
        LOG.info(() -> "created bucket " + bucket + " at " + endpoint);
    }

    private <T> T call(String what, Supplier<T> operation) {
        try {
            return operation.get();
        } catch (SdkException e) {
            throw new StorageUnavailableException(what + " failed: " + e.getMessage(), e);
        }
    }
}
