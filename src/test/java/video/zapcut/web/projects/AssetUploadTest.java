package video.zapcut.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import video.zapcut.web.ApiClient;
import video.zapcut.testing.PngBombs;
import video.zapcut.testing.ProductShots;
import video.zapcut.testing.WebpFiles;

class AssetUploadTest extends ProjectApiTest {

    @Test
    void aGoodPngIsStoredUnderAKeyMadeOfIds() throws IOException {
        String token = newToken();
        UUID project = createProject(token, "uploads");
        byte[] png = TestPngs.png(320, 180);

        // The declared name and type are lies (and a path); only the content counts.
        ApiClient.Response response = upload(project, token, png, "../../etc/passwd.jpg", "image/jpeg",
                Map.of("type", "logo", "label", "hero_product", "role", "primary_product"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "type", "url", "s3_key", "file_size_bytes",
                "mime_type", "width", "height");
        UUID asset = UUID.fromString(body.path("id").asString());
        String key = "projects/" + project + "/assets/" + asset + ".png";
        assertThat(body.path("s3_key").asString()).isEqualTo(key);
        assertThat(body.path("url").asString()).isEqualTo("blob:" + key);
        assertThat(body.path("type").asString()).isEqualTo("logo");
        assertThat(body.path("mime_type").asString()).isEqualTo("image/png");
        assertThat(body.path("width").asInt()).isEqualTo(320);
        assertThat(body.path("height").asInt()).isEqualTo(180);
        assertThat(body.path("file_size_bytes").asLong()).isEqualTo(png.length);

        Map<String, Object> row = jdbc.sql("SELECT * FROM assets WHERE id = :id").param("id", asset).query().singleRow();
        assertThat(row.get("project_id")).isEqualTo(project);
        assertThat(row.get("source")).isEqualTo("upload");
        assertThat(row.get("s3_key")).isEqualTo(key);
        assertThat(row.get("label")).isEqualTo("hero_product");
        assertThat(row.get("role")).isEqualTo("primary_product");
        assertThat(row.get("width")).isEqualTo(320);
        try (InputStream stored = blobs.open(key)) {
            assertThat(stored.readAllBytes()).isEqualTo(png);
        }
        assertThat(blobFiles(project)).isEqualTo(1);
    }

    @Test
    void aWebpIsAcceptedAndKeptAsAPngSoEveryStageCanReadIt() throws IOException {
        String token = newToken();
        UUID project = createProject(token, "webp");
        java.awt.image.BufferedImage luna = ProductShots.luna(480);
        byte[] webp = WebpFiles.lossless(luna);

        ApiClient.Response response = upload(project, token, webp, "luna.webp", "image/webp",
                Map.of("type", "image", "label", "hero_product", "role", "primary_product"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode body = response.json();
        UUID asset = UUID.fromString(body.path("id").asString());
        String key = "projects/" + project + "/assets/" + asset + ".png";
        assertThat(body.path("s3_key").asString()).isEqualTo(key);
        assertThat(body.path("mime_type").asString()).isEqualTo("image/png");
        assertThat(body.path("width").asInt()).isEqualTo(480);
        byte[] stored;
        try (InputStream in = blobs.open(key)) {
            stored = in.readAllBytes();
        }
        assertThat(body.path("file_size_bytes").asLong()).isEqualTo(stored.length);
        java.awt.image.BufferedImage back = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored));
        assertThat(back.getRGB(240, 240)).isEqualTo(luna.getRGB(240, 240));

        // Usable: served as the PNG it is, and an order may name it as its product photo.
        ApiClient.Response content = api.get("/v1/projects/" + project + "/assets/" + asset + "/content", token);
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.contentType()).isEqualTo("image/png");
        ApiClient.Response order = post("/v1/generate/video", Map.of("project_id", project.toString(), "duration_seconds", 15,
                "brief", "Introducing Luna Cold Brew, calm energy for busy professionals.",
                "scenes", java.util.List.of(Map.of("media", java.util.List.of(Map.of("asset_id", asset.toString()))))), token);
        assertThat(order.status()).as(order.toString()).isEqualTo(202);
    }

    record BadFile(String name, byte[] bytes, String fileName, String expectedDetail) {
        @Override
        public String toString() { return name; }
    }

    static Stream<BadFile> badFiles() {
        return Stream.of(
                new BadFile("empty file", new byte[0], "empty.png", "is empty"),
                new BadFile("truncated PNG", TestPngs.truncatedPng(), "cut.png", "damaged or truncated"),
                new BadFile("text named .png", "just some notes\n".getBytes(StandardCharsets.UTF_8), "notes.png",
                        "is not a supported image (PNG, JPEG, WebP, GIF or BMP)"),
                new BadFile("20000x20000 PNG bomb", PngBombs.declaring(20000, 20000), "bomb.png", "megapixels"),
                new BadFile("truncated WebP", WebpFiles.truncated(WebpFiles.lossless(ProductShots.luna(200))), "cut.webp",
                        "damaged or truncated"),
                new BadFile("WebP of noise", WebpFiles.scrambled(WebpFiles.lossy(ProductShots.luna(200))), "noise.webp",
                        "damaged or truncated"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aFileThatIsNotAUsableImageIsRefusedAndNothingIsWritten(BadFile bad) {
        String token = newToken();
        UUID project = createProject(token, "bad uploads");

        ApiClient.Response response = upload(project, token, bad.bytes(), bad.fileName(), "image/png", Map.of("type", "image"));

        assertProblem(response, 400);
        assertThat(response.json().path("detail").asString()).startsWith("The uploaded file").contains(bad.expectedDetail());
        assertThat(assetRows(project)).isZero();
        assertThat(blobFiles(project)).isZero();
    }

    @Test
    void onlyImagesAndLogosMayBeUploaded() {
        String token = newToken();
        UUID project = createProject(token, "typed");

        ApiClient.Response response = upload(project, token, TestPngs.png(8, 8), "a.png", "image/png", Map.of("type", "video"));

        assertProblem(response, 400);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("type");
        assertThat(assetRows(project)).isZero();
        assertThat(blobFiles(project)).isZero();
    }

    @Test
    void aRequestWithoutAFileIsRefused() {
        String token = newToken();
        UUID project = createProject(token, "no file");
        String boundary = "b";
        ApiClient.Response response = api.send(api.request("/v1/projects/" + project + "/assets/upload", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "--b\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nimage\r\n--b--\r\n")));

        assertProblem(response, 400);
        assertThat(assetRows(project)).isZero();
    }

    @Test
    void aFileOverFiftyMegabytesIsTooLarge() {
        String token = newToken();
        UUID project = createProject(token, "huge");
        byte[] huge = new byte[51 * 1024 * 1024];

        ApiClient.Response response = upload(project, token, huge, "huge.png", "image/png", Map.of("type", "image"));

        assertProblem(response, 413);
        assertThat(assetRows(project)).isZero();
        assertThat(blobFiles(project)).isZero();
    }

    @Test
    void uploadNeedsAToken() {
        UUID project = createProject(newToken(), "anonymous");

        assertProblem(upload(project, null, TestPngs.png(8, 8), "a.png", "image/png", Map.of("type", "image")), 401);
        assertThat(assetRows(project)).isZero();
    }
}
