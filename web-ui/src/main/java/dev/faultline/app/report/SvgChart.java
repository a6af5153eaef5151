package dev.faultline.app.report;

import java.util.List;

/**
 * A chart as SVG primitives, laid out in Java so the template only writes elements and escaped
 * attributes: no script, no markup built from strings.
 *
 * @param title   the chart's accessible title
 * @param polyline points of one line ({@code x,y x,y}); empty for none
 */
public record SvgChart(int width, int height, String title, List<Rect> rects, List<Line> lines, List<Text> texts,
        String polyline, List<Circle> circles) {

    public SvgChart {
        rects = List.copyOf(rects);
        lines = List.copyOf(lines);
        texts = List.copyOf(texts);
        circles = List.copyOf(circles);
    }

    /** A filled rectangle with a tooltip-like title. */
    public record Rect(int x, int y, int width, int height, String fill, String title) {
    }

    /** A stroke from (x1, y1) to (x2, y2). */
    public record Line(int x1, int y1, int x2, int y2, String stroke) {
    }

    /** A text; anchor is {@code start}, {@code middle} or {@code end}. */
    public record Text(int x, int y, String anchor, int size, String value) {
    }

    /** A dot. */
    public record Circle(int cx, int cy, int r, String fill) {
    }
}
