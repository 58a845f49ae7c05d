package video.zapcut.publishing.linkedin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One of initializeUpload's {@code uploadInstructions}: the bytes {@code firstByte..lastByte}
 * (inclusive) of the file go to {@code uploadUrl}. The instructions, in order, must cover the file
 * exactly, or the video would be assembled wrong.
 */
record UploadPart(URI uploadUrl, long firstByte, long lastByte) {
    long length() { return lastByte - firstByte + 1; }

    /** The instructions in LinkedIn's order, checked to cover {@code fileSize} bytes without gap or overlap. */
    static List<UploadPart> of(JsonNode instructions, long fileSize) {
        if (instructions == null || !instructions.isArray() || instructions.isEmpty()) {
            throw new IllegalArgumentException("no upload instructions");
        }
        List<UploadPart> parts = new ArrayList<>();
        long next = 0;
        for (JsonNode i : instructions) {
            String url = i.path("uploadUrl").asString(null);
            if (url == null || url.isBlank() || !i.path("firstByte").isNumber() || !i.path("lastByte").isNumber()) {
                throw new IllegalArgumentException("an upload instruction without its uploadUrl, firstByte or lastByte");
            }
            UploadPart p = new UploadPart(URI.create(url), i.path("firstByte").asLong(), i.path("lastByte").asLong());
            if (p.firstByte != next || p.lastByte < p.firstByte || p.lastByte >= fileSize) {
                throw new IllegalArgumentException("upload instructions for bytes " + p.firstByte + "-" + p.lastByte
                        + " do not continue from byte " + next + " of a " + fileSize + "-byte file");
            }
            next = p.lastByte + 1;
            parts.add(p);
        }
        if (next != fileSize) throw new IllegalArgumentException("upload instructions end at byte " + next + " of a " + fileSize + "-byte file");
        return parts;
    }

    /**
     * This part's bytes of {@code file}, streamed from disk with a fixed Content-Length (never the
     * whole file in memory); each call opens the file afresh, so a retried PUT sends the same bytes.
     */
    HttpRequest.BodyPublisher body(Path file) {
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> open(file)), length());
    }

    private InputStream open(Path file) {
        try {
            InputStream in = Files.newInputStream(file);
            try {
                in.skipNBytes(firstByte);
            } catch (IOException e) {
                in.close();
                throw e;
            }
            return new Range(in, length());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read bytes " + firstByte + "-" + lastByte + " of " + file.getFileName(), e);
        }
    }

    /** At most {@code remaining} bytes of {@code in}; closes it once they are read. */
    private static final class Range extends InputStream {
        private final InputStream in;
        private long remaining;

        Range(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                in.close();
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n == -1) {
                in.close();
                throw new IOException("the file ended " + remaining + " bytes before the part did");
            }
            remaining -= n;
            return n;
        }

        @Override
        public void close() throws IOException { in.close(); }
    }
}
