package video.zapcut.media.image;

import java.io.IOException;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * A seekable ImageIO stream straight over a byte array. ImageIO's own stream for an InputStream copies
 * everything into a cache (memory or a temp file); the bytes are already in memory, so that copy is
 * pure waste for a file that may be tens of megabytes.
 */
final class ByteArrayImageInputStream extends ImageInputStreamImpl {
    private final byte[] data;

    ByteArrayImageInputStream(byte[] data) { this.data = data; }

    @Override
    public int read() throws IOException {
        checkClosed();
        bitOffset = 0;
        return streamPos < data.length ? data[(int) streamPos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkClosed();
        bitOffset = 0;
        if (len == 0) return 0;
        if (streamPos >= data.length) return -1;
        int n = (int) Math.min(len, data.length - streamPos);
        System.arraycopy(data, (int) streamPos, b, off, n);
        streamPos += n;
        return n;
    }

    @Override
    public long length() { return data.length; }
}
