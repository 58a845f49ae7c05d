package video.zapcut.web.publishing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.publishing.Export;

/** An export as the API shows it: where it is, and the post or the error when it is done. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExportResponse(UUID exportId, UUID adId, String platform, Account account, String caption, String visibility, String status,
                             String step, int progress, int attempts, String postId, String postUrl, Instant postedAt, Error error,
                             String statusUrl, Instant createdAt, Instant updatedAt) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Account(UUID connectionId, String id, String name, String handle) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Error(String code, String detail) {}

    static ExportResponse of(Export e) {
        return new ExportResponse(e.id(), e.adId(), e.platform().id(), new Account(e.connectionId(), e.accountId(), e.accountName(),
                e.accountHandle()), e.caption(), e.visibility() == null ? null : e.visibility().toLowerCase(java.util.Locale.ROOT), e.status(),
                e.step(), e.progress(), e.attempts(), e.postId(), e.postUrl() == null ? null : e.postUrl().toString(), e.postedAt(),
                e.errorCode() == null ? null : new Error(e.errorCode(), e.errorDetail()), "/v1/exports/" + e.id(), e.createdAt(), e.updatedAt());
    }
}
