package video.zapcut.web.projects;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.projects.AssetRepository.Asset;
import video.zapcut.ads.Ads.BibleSummary;
import video.zapcut.projects.ProjectRepository.Project;

/** GET and PATCH /v1/projects/{id}: the project with its assets, creative bibles and ad count. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProjectDetailResponse(UUID id, String name, String description, String productName, String productDescription,
                                    String targetAudience, String brandBenefit, List<AssetItem> assets,
                                    List<BibleItem> creativeBibles, long totalAds) {

    static ProjectDetailResponse of(Project p, List<Asset> assets, List<BibleSummary> bibles, long totalAds) {
        return new ProjectDetailResponse(p.id(), p.name(), p.description(), p.productName(), p.productDescription(),
                p.targetAudience(), p.brandBenefit(), assets.stream().map(AssetItem::of).toList(),
                bibles.stream().map(BibleItem::of).toList(), totalAds);
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record AssetItem(UUID id, String type, String url, String label, String role, Integer width, Integer height,
                            String mimeType) {
        static AssetItem of(Asset a) {
            return new AssetItem(a.id(), a.type(), a.url(), a.label(), a.role(), a.width(), a.height(), a.mimeType());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BibleItem(UUID id, String name, OffsetDateTime createdAt) {
        static BibleItem of(BibleSummary b) { return new BibleItem(b.id(), b.name(), b.createdAt()); }
    }
}
