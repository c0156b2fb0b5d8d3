package be.partenamut.complaints.intake.limit.web;

import be.partenamut.complaints.intake.problem.IntakeProblems;
import be.partenamut.complaints.intake.request.SubmissionMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * No request body larger than the limit (64 KB by default) is read: a declared length over it is a
 * 413 at once; a body without a declared length (chunked) fails with {@link RequestTooLargeException}
 * when it goes over, which the API answers with the same 413. Form posts are also bounded by the
 * server's {@code max-http-form-post-size}.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final DataSize limit;
    private final IntakeProblems problems;
    private final RefusalPages pages;
    private final SubmissionMetrics metrics;

    public BodySizeLimitFilter(DataSize limit, IntakeProblems problems, RefusalPages pages, SubmissionMetrics metrics) {
        this.limit = limit;
        this.problems = problems;
        this.pages = pages;
        this.metrics = metrics;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            metrics.refuse(IntakeProblems.REQUEST_TOO_LARGE);
            if (RefusalPages.fromTheForm(request)) {
                pages.page(request, response, 413, "too-large");
            } else {
                pages.problem(response, problems.tooLarge(limit));
            }
            return;
        }
        chain.doFilter(declared < 0 ? new Bounded(request, limit.toBytes()) : request, response);
    }

    /** A request whose body stream fails once more than {@code limit} bytes were read from it. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        private Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new BoundedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class BoundedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        private BoundedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestTooLargeException {
            read += n;
            if (read > limit) {
                throw new RequestTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
