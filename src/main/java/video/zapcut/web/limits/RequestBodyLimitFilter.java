package video.zapcut.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import video.zapcut.web.errors.ProblemResponseWriter;

/**
 * Caps request bodies other than multipart uploads (which have their own limits,
 * {@code spring.servlet.multipart.*}). A declared length over the cap is refused at once with 413;
 * a body without a declared length is counted while it is read and fails once it passes the cap.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {
    private final DataSize limit;
    private final ProblemResponseWriter problems;

    public RequestBodyLimitFilter(DataSize limit, ProblemResponseWriter problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA.getType() + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit.toBytes()) {
            problems.write(request, response, RequestBodyTooLargeException.problem(limit));
            return;
        }
        chain.doFilter(new CountedRequest(request, limit), response);
    }

    private static final class CountedRequest extends HttpServletRequestWrapper {
        private final DataSize limit;
        private ServletInputStream counted;

        CountedRequest(HttpServletRequest request, DataSize limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) counted = new CountingInputStream(super.getInputStream(), limit);
            return counted;
        }
    }

    private static final class CountingInputStream extends ServletInputStream {
        private final ServletInputStream in;
        private final DataSize limit;
        private long count;

        CountingInputStream(ServletInputStream in, DataSize limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) add(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) add(n);
            return n;
        }

        private void add(long n) throws RequestBodyTooLargeException {
            count += n;
            if (count > limit.toBytes()) throw new RequestBodyTooLargeException(limit);
        }

        @Override
        public boolean isFinished() { return in.isFinished(); }

        @Override
        public boolean isReady() { return in.isReady(); }

        @Override
        public void setReadListener(ReadListener listener) { in.setReadListener(listener); }
    }
}
