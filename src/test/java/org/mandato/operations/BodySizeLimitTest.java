package org.mandato.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** The body limit alone, including bodies sent without a length (chunked), which only reading can measure. */
class BodySizeLimitTest {

    final BodySizeLimit limit = new BodySizeLimit(DataSize.ofBytes(1000));

    @Test
    void aBodyOfUnknownLengthIsCutOffPastTheLimit() {
        MockHttpServletRequest chunked = withoutLength(new byte[1500]);

        assertThatThrownBy(() -> limit.doFilter(chunked, new MockHttpServletResponse(),
                (request, response) -> request.getInputStream().readAllBytes()))
                .isInstanceOf(IOException.class).hasMessageContaining("larger than 1000 bytes");
    }

    @Test
    void aBodyOfUnknownLengthWithinTheLimitIsReadWhole() throws Exception {
        AtomicInteger read = new AtomicInteger();

        limit.doFilter(withoutLength(new byte[900]), new MockHttpServletResponse(),
                (request, response) -> read.set(request.getReader().read(new char[2000])));

        assertThat(read.get()).isEqualTo(900);
    }

    @Test
    void aDeclaredLengthAboveTheLimitIsRefusedUnread() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/reports");
        request.setContent(new byte[1001]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicInteger reached = new AtomicInteger();

        limit.doFilter(request, response, (req, res) -> reached.incrementAndGet());

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(reached.get()).isZero();
    }

    @Test
    void uploadsAreLeftToTheMultipartLimit() throws Exception {
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/secretariat/import/legacy");
        upload.setContentType("multipart/form-data; boundary=x");
        upload.setContent(new byte[5000]);
        AtomicInteger reached = new AtomicInteger();

        limit.doFilter(upload, new MockHttpServletResponse(), (req, res) -> reached.incrementAndGet());

        assertThat(reached.get()).isEqualTo(1);
    }

    private static MockHttpServletRequest withoutLength(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/reports") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContentType("application/json");
        request.setContent(body);
        return request;
    }
}
