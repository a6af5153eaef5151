package dev.faultline.app.report;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import com.openhtmltopdf.extend.FSStream;

/**
 * A {@code font:NAME.ttf} URL of the PDF stylesheet: the font shipped in the jar under
 * {@code fonts/}, so the PDF never depends on the fonts of the machine.
 */
final class FontStream implements FSStream {

    private final String name;

    FontStream(String url) {
        String file = url.substring(url.indexOf(':') + 1);
        if (!file.matches("[A-Za-z-]+\\.ttf")) {
            throw new IllegalArgumentException("not a shipped font: " + url);
        }
        this.name = "fonts/" + file;
    }

    @Override
    public InputStream getStream() {
        InputStream in = FontStream.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the font " + name + " is missing from the application");
        }
        return in;
    }

    @Override
    public Reader getReader() {
        return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
    }
}
