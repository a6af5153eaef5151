package dev.faultline.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.logging.Level;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders an {@link EvidencePack} as HTML (a Thymeleaf template, everything escaped, XHTML-valid)
 * and as PDF (that HTML through openhtmltopdf, with the DejaVu fonts shipped in the jar and the
 * dates and document id taken from the run). Neither depends on the machine or the clock.
 * openhtmltopdf logs each render at INFO; only its warnings are kept.
 */
public final class EvidencePackRenderer {

    /** Where the served page links its stylesheet. */
    public static final String STYLESHEET = "/css/evidence-pack.css";
    static final Locale LOCALE = Locale.ENGLISH;
    private static final String TEMPLATE = "evidence-pack";
    private static final String FONT_PROTOCOL = "font";

    private final SpringTemplateEngine engine;
    private final MessageSource messages;
    private final String css;
    private final String pdfCss;

    static {
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    public EvidencePackRenderer() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        this.messages = source;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(EvidencePackRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        this.engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(source);
        this.css = plainCss(resource("static/css/evidence-pack.css"));
        this.pdfCss = resource("templates/report/evidence-pack-pdf.css");
    }

    /** The text of a message key, empty when there is none: for {@link EvidencePackReader}. */
    public String message(String key) {
        try {
            return messages.getMessage(key, null, LOCALE);
        } catch (NoSuchMessageException e) {
            return "";
        }
    }

    /** A document that stands alone (the file download): its stylesheet in a style element. */
    public String standaloneHtml(EvidencePack pack) {
        return html(pack, null, css);
    }

    /**
     * The document as a page of the running UI: its stylesheet linked ({@value #STYLESHEET}), so the
     * page needs no inline style under the Content-Security-Policy.
     */
    public String servedHtml(EvidencePack pack) {
        return html(pack, STYLESHEET, null);
    }

    /** The PDF, from the standalone HTML with the print stylesheet (A4, page numbers, embedded fonts). */
    public byte[] pdf(EvidencePack pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf(pack, out);
        return out.toByteArray();
    }

    /** The PDF, written to {@code out} (left open). */
    public void pdf(EvidencePack pack, OutputStream out) {
        String xhtml = html(pack, null, css + "\n" + pdfCss);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, "about:evidence-pack");
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useProtocolsStreamImplementation(url -> new FontStream(url), FONT_PROTOCOL);
        builder.withProducer("Faultline");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            fixIdentity(document, pack);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evidence pack of run " + pack.runId() + " as PDF", e);
        }
    }

    private String html(EvidencePack pack, String stylesheet, String style) {
        Context context = new Context(LOCALE);
        context.setVariable("pack", pack);
        context.setVariable("severities", EvidenceCharts.SEVERITIES);
        context.setVariable("fmt", new Formats());
        context.setVariable("stylesheet", stylesheet);
        context.setVariable("css", style);
        return engine.process("report/" + TEMPLATE, context);
    }

    /** Dates and the trailer's /ID from the run, so two renders of a run are the same bytes. */
    private static void fixIdentity(PDDocument document, EvidencePack pack) {
        Calendar finished = new GregorianCalendar(TimeZone.getTimeZone("UTC"), LOCALE);
        finished.clear();
        finished.setTimeInMillis(pack.run().finishedAt().toInstant().toEpochMilli());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(finished);
        info.setModificationDate(finished);
        info.setTitle("Faultline evidence pack " + pack.runId());
        info.setSubject("Analysis run " + pack.runId());
        info.setCreator("Faultline");
        info.setProducer("Faultline");
        byte[] id = Arrays.copyOf(sha256(pack.runId() + "\n" + pack.issuedAt()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** The shared stylesheet goes into a style element of plain HTML: it must not need escaping. */
    static String plainCss(String css) {
        for (char c : new char[] {'<', '>', '&', '"', '\''}) {
            if (css.indexOf(c) >= 0) {
                throw new IllegalStateException("evidence-pack.css must not contain " + c + ": it is embedded as text");
            }
        }
        return css;
    }

    static String resource(String path) {
        try (InputStream in = EvidencePackRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + path + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
