package vn.hdndso.portal.internal;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * A response whose body is held back up to a limit, so that {@link PublicCachingFilter} can tag,
 * keep or answer {@code 304} for it; a body that grows past the limit is streamed from then on (the
 * headers decided at that moment by {@link #onOverflow}), so a large download is never held whole
 * in memory.
 */
final class BoundedResponse extends HttpServletResponseWrapper {

    /** Decides the headers of a response about to be streamed. */
    @FunctionalInterface
    interface Overflow {
        void beforeStreaming(BoundedResponse response);
    }

    private final int limit;
    private final Overflow onOverflow;
    private ByteArrayOutputStream held = new ByteArrayOutputStream(1024);
    private boolean streaming;
    private long declaredLength = -1;
    private @Nullable ServletOutputStream stream;
    private @Nullable PrintWriter writer;

    BoundedResponse(HttpServletResponse response, int limit, Overflow onOverflow) {
        super(response);
        this.limit = limit;
        this.onOverflow = onOverflow;
    }

    /** Whether the body went past the limit and was streamed. */
    boolean streamed() {
        return streaming;
    }

    /** The body held back (empty once streamed). */
    byte[] body() {
        flushWriter();
        return held.toByteArray();
    }

    private HttpServletResponse real() {
        return (HttpServletResponse) getResponse();
    }

    private void write(byte[] bytes, int offset, int length) throws IOException {
        if (!streaming && held.size() + length > limit) {
            streaming = true;
            onOverflow.beforeStreaming(this);
            if (declaredLength >= 0) {
                real().setContentLengthLong(declaredLength);
            }
            held.writeTo(real().getOutputStream());
            held = new ByteArrayOutputStream(0);
        }
        if (streaming) {
            real().getOutputStream().write(bytes, offset, length);
        } else {
            held.write(bytes, offset, length);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    BoundedResponse.this.write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    BoundedResponse.this.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    if (streaming) {
                        real().getOutputStream().flush();
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a public response is written blocking");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(encoding)), false);
        }
        return writer;
    }

    private void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        flushWriter();
        if (streaming) {
            real().flushBuffer();
        }
    }

    @Override
    public boolean isCommitted() {
        return streaming && real().isCommitted();
    }

    @Override
    public void resetBuffer() {
        if (!streaming) {
            held.reset();
        } else {
            real().resetBuffer();
        }
    }

    @Override
    public void reset() {
        if (!streaming) {
            held.reset();
            declaredLength = -1;
        }
        super.reset();
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        if (streaming) {
            real().setContentLengthLong(length);
        } else {
            declaredLength = length;
        }
    }

    @Override
    public void setBufferSize(int size) {
        // the body is held here until the limit; the container's buffer stays as it is
    }

    /** Sends what was held back (a response that never reached the limit). */
    void copyBodyToResponse() throws IOException {
        flushWriter();
        if (streaming) {
            return;
        }
        byte[] body = held.toByteArray();
        if (!real().isCommitted()) {
            real().setContentLength(body.length);
        }
        if (body.length > 0) {
            real().getOutputStream().write(body);
        }
        held.reset();
    }
}
