package video.zapcut.web.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import video.zapcut.common.Json;
import video.zapcut.ads.AdMedia;
import video.zapcut.ads.Ads;
import video.zapcut.storage.BlobStore;
import video.zapcut.storage.LocalBlobStore;
import video.zapcut.web.errors.ProblemTypes;
import video.zapcut.web.security.AuthenticatedUser;

/**
 * An ad's files: the MP4, its thumbnail and the scene keyframes. Allowed with a signed link (what
 * the API's *_url fields hold) or with the owner's bearer token. Range requests are answered with
 * 206 partial content (Spring serves the byte ranges of a Resource body), so players can seek.
 * {@code ?download=1} (outside the signature, so the same link serves both) asks for an attachment;
 * either way the file is named after the product, format and day ({@link AdMedia#videoFileName()}).
 */
@RestController
public class MediaController {
    private final Ads ads;
    private final BlobStore blobs;
    private final MediaLinks links;

    public MediaController(Ads ads, BlobStore blobs, MediaLinks links) {
        this.ads = ads;
        this.blobs = blobs;
        this.links = links;
    }

    @GetMapping("/v1/ads/{adId}/video")
    ResponseEntity<Resource> video(@PathVariable String adId, @RequestParam(required = false) Long expires,
                                   @RequestParam(required = false) String signature,
                                   @RequestParam(required = false) String download) {
        AdMedia media = authorised(adId, "/video", expires, signature);
        return serve(media.videoUri(), "video/mp4", media.videoFileName(), asked(download), "the ad's video is not ready yet");
    }

    @GetMapping("/v1/ads/{adId}/thumbnail")
    ResponseEntity<Resource> thumbnail(@PathVariable String adId, @RequestParam(required = false) Long expires,
                                       @RequestParam(required = false) String signature,
                                       @RequestParam(required = false) String download) {
        AdMedia media = authorised(adId, "/thumbnail", expires, signature);
        return serve(media.thumbnailUri(), "image/jpeg", media.thumbnailFileName(), asked(download),
                "the ad's thumbnail is not ready yet");
    }

    /**
     * The captions timed to the voice's words: SubRip ({@code captions.srt}) or WebVTT ({@code captions.vtt},
     * with a timestamp before each word for players that highlight the word being said). 404 for an ad
     * without a voice or whose order asked for no captions.
     */
    @GetMapping({"/v1/ads/{adId}/captions.srt", "/v1/ads/{adId}/captions.vtt"})
    ResponseEntity<Resource> captions(@PathVariable String adId, @RequestParam(required = false) Long expires,
                                      @RequestParam(required = false) String signature,
                                      @RequestParam(required = false) String download,
                                      jakarta.servlet.http.HttpServletRequest request) {
        String extension = request.getRequestURI().endsWith(".srt") ? "srt" : "vtt";
        AdMedia media = authorised(adId, "/captions." + extension, expires, signature);
        return serve("srt".equals(extension) ? media.srtUri() : media.vttUri(),
                "srt".equals(extension) ? "application/x-subrip; charset=utf-8" : "text/vtt; charset=utf-8",
                media.captionsFileName(extension), asked(download), "this ad has no captions (it has no voice, or its order asked for none)");
    }

    @GetMapping("/v1/ads/{adId}/keyframes/{scene}")
    ResponseEntity<Resource> keyframe(@PathVariable String adId, @PathVariable int scene,
                                      @RequestParam(required = false) Long expires,
                                      @RequestParam(required = false) String signature) {
        AdMedia media = authorised(adId, "/keyframes/" + scene, expires, signature);
        String uri = null;
        if (media.keyframeUrlsJson() != null) {
            JsonNode k = Json.MAPPER.readTree(media.keyframeUrlsJson()).get("scene_" + scene);
            if (k != null) uri = k.asString();
        }
        return serve(uri, "image/png", media.keyframeFileName(scene), false, "scene " + scene + " has no keyframe yet");
    }

    /**
     * The owner with a token, or anyone with a valid link. Credentials are judged before the ad is
     * looked up, so the answer cannot tell whether an ad id exists: without a token or signature
     * every id gets 401, with a bad or expired signature 403, and a signed-in user who does not own
     * the ad the same 404 as for no ad. Only a link this server signed for this very path (which
     * names the id) or a token reaches the database.
     *
     * @param file the path below {@code /v1/ads/{adId}}, as {@link MediaLinks} signs it
     */
    private AdMedia authorised(String adId, String file, Long expires, String signature) {
        Optional<UUID> user = AuthenticatedUser.current();
        if (user.isPresent()) {
            UUID id = AdController.parseAd(adId);
            return ads.media(id).filter(m -> m.userId().equals(user.get())).orElseThrow(() -> AdController.noAd(adId));
        }
        if (expires == null && signature == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign in, or use the signed link from the API's *_url fields");
        }
        if (!links.valid(MediaLinks.AD_PATH_PREFIX + adId + file, expires, signature)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemTypes.problem(HttpStatus.FORBIDDEN,
                    ProblemTypes.INVALID_MEDIA_LINK, "Invalid media link",
                    "this link is expired or was not issued for this file; fetch the ad again for a fresh link"), null);
        }
        return ads.media(AdController.parseAd(adId)).orElseThrow(() -> AdController.noAd(adId));
    }

    /** {@code download=1} or {@code download=true} (a bare {@code ?download} too): save the file rather than show it. */
    private static boolean asked(String download) {
        return download != null && (download.isEmpty() || download.equals("1") || download.equalsIgnoreCase("true"));
    }

    /**
     * The header naming the file. Names are plain ASCII ({@code AdFileName}), so the RFC 6266
     * {@code filename} and the RFC 5987 {@code filename*} are the same text; both are given for
     * clients that read only one. Spring's builder would write {@code filename} as a MIME
     * encoded-word for a UTF-8 name, which browsers show as it is.
     */
    static String contentDisposition(boolean attachment, String fileName) {
        if (!fileName.matches("[A-Za-z0-9._-]+")) throw new IllegalArgumentException("not a safe file name: " + fileName);
        return (attachment ? "attachment" : "inline") + "; filename=\"" + fileName + "\"; filename*=UTF-8''" + fileName;
    }

    /**
     * The file, or where to get it: a store that serves browsers itself (S3's presigned GET, a CDN)
     * gets a redirect, so a large video never streams through the API and Range requests go to the
     * store; the local store's files are served here, with Range.
     */
    private ResponseEntity<Resource> serve(String uri, String contentType, String fileName, boolean attachment, String notReady) {
        if (uri == null) throw new ResponseStatusException(HttpStatus.NOT_FOUND, notReady);
        String key = BlobStore.keyOf(uri);
        if (!blobs.exists(key)) throw new ResponseStatusException(HttpStatus.NOT_FOUND, "the file is missing from storage");
        Optional<java.net.URI> direct = blobs.directLink(key, links.ttl(), contentType, attachment ? fileName : null);
        if (direct.isPresent()) {
            return ResponseEntity.status(HttpStatus.FOUND).location(direct.get()).cacheControl(CacheControl.noStore()).build();
        }
        Resource body;
        if (blobs instanceof LocalBlobStore local) {
            Path file = local.file(key);
            body = new FileSystemResource(file);
        } else {
            body = new InputStreamResource(blobs.open(key));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment, fileName))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(body);
    }
}
