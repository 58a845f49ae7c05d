package video.zapcut.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code deploy/s3/lifecycle.json} has the shape of S3's {@code PutBucketLifecycleConfiguration}: ads
 * move to Glacier Instant Retrieval (still readable at once, so old links keep working) after 90 days,
 * and unfinished multipart uploads are aborted after a day.
 */
class BucketLifecycleTest {
    private static final Set<String> RULE_FIELDS = Set.of("ID", "Status", "Filter", "Transitions", "Expiration",
            "NoncurrentVersionTransitions", "NoncurrentVersionExpiration", "AbortIncompleteMultipartUpload");

    @Test
    void archivesAdsInstantlyReadableAfter90DaysAndAbortsUnfinishedUploads() {
        JsonNode doc = JsonMapper.builder().build().readTree(Path.of("deploy/s3/lifecycle.json").toFile());
        assertThat(doc.propertyNames()).containsExactly("Rules");
        Set<String> ids = new TreeSet<>();
        for (JsonNode rule : doc.path("Rules")) {
            assertThat(RULE_FIELDS).as(rule.toString()).containsAll(rule.propertyNames());
            assertThat(rule.path("Status").asString()).isEqualTo("Enabled");
            assertThat(rule.path("Filter").has("Prefix")).as(rule.toString()).isTrue();
            assertThat(ids.add(rule.path("ID").asString())).as("IDs are unique").isTrue();
        }
        JsonNode archive = doc.path("Rules").get(0);
        assertThat(archive.path("Filter").path("Prefix").asString()).isEqualTo("ads/");
        assertThat(archive.path("Transitions")).hasSize(1);
        assertThat(archive.path("Transitions").get(0).path("Days").asInt()).isEqualTo(90);
        assertThat(archive.path("Transitions").get(0).path("StorageClass").asString()).isEqualTo("GLACIER_IR");
        assertThat(archive.has("Expiration")).as("archived, never deleted").isFalse();
        JsonNode abort = doc.path("Rules").get(1);
        assertThat(abort.path("AbortIncompleteMultipartUpload").path("DaysAfterInitiation").asInt()).isEqualTo(1);
    }
}
