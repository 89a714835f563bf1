package io.remo.it.support;

import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Direct reads of the test bucket, to assert what the API does not show (what is stored, what was deleted). */
public final class Storage {

    private static final S3Client S3 = S3Client.builder()
            .endpointOverride(ItEnvironment.s3Endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(ItEnvironment.s3AccessKey(), ItEnvironment.s3SecretKey())))
            .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .httpClient(UrlConnectionHttpClient.create())
            .build();

    private Storage() {
    }

    public static List<String> keys(String prefix) {
        return S3.listObjectsV2Paginator(b -> b.bucket(ItEnvironment.s3Bucket()).prefix(prefix)).contents().stream()
                .map(S3Object::key).toList();
    }

    public static List<String> projectKeys(UUID projectId) {
        return keys("projects/" + projectId + "/");
    }

    public static java.util.Map<String, String> metadata(String key) {
        return S3.headObject(b -> b.bucket(ItEnvironment.s3Bucket()).key(key)).metadata();
    }

    public static byte[] get(String key) {
        return S3.getObjectAsBytes(b -> b.bucket(ItEnvironment.s3Bucket()).key(key)).asByteArray();
    }

    public static void put(String key, byte[] content, java.util.Map<String, String> metadata) {
        S3.putObject(b -> b.bucket(ItEnvironment.s3Bucket()).key(key).metadata(metadata),
                software.amazon.awssdk.core.sync.RequestBody.fromBytes(content));
    }
}
