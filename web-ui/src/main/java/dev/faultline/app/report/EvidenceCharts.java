package dev.faultline.app.report;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.app.report.EvidencePack.RuleSection;
import dev.faultline.app.report.EvidencePack.TrendPoint;
import dev.faultline.app.report.SvgChart.Circle;
import dev.faultline.app.report.SvgChart.Line;
import dev.faultline.app.report.SvgChart.Rect;
import dev.faultline.app.report.SvgChart.Text;

/** Lays out the evidence pack's two charts in whole pixels: the same data always gives the same SVG. */
final class EvidenceCharts {

    static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low");
    static final List<String> COLOURS = List.of("#8b1a1a", "#d9480f", "#c98a00", "#4263eb");
    static final int WIDTH = 680;
    private static final int LABEL = 200;
    private static final int BAR = 380;
    private static final int ROW = 20;
    /** Space between the plot's edges and the first and last points, so their labels fit. */
    private static final int INSET = 70;
    private static final String AXIS = "#868e96";
    private static final String INK = "#212529";

    private EvidenceCharts() {
    }

    /** One stacked bar per rule, a segment per severity, and a legend; a rule without findings has no bar. */
    static SvgChart findingsByRule(List<RuleSection> rules, String title) {
        long max = Math.max(1, rules.stream().mapToLong(RuleSection::total).max().orElse(1));
        List<Rect> rects = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        int y = 8;
        for (RuleSection rule : rules) {
            texts.add(new Text(LABEL - 6, y + 14, "end", 11, rule.id()));
            int x = LABEL;
            for (int s = 0; s < SEVERITIES.size(); s++) {
                long count = rule.severities().get(s);
                int width = (int) Math.round(BAR * (double) count / max);
                if (count > 0) {
                    rects.add(new Rect(x, y + 3, Math.max(width, 1), ROW - 6, COLOURS.get(s),
                            rule.id() + " " + SEVERITIES.get(s) + " " + count));
                    x += Math.max(width, 1);
                }
            }
            texts.add(new Text(x + 4, y + 14, "start", 11, Long.toString(rule.total())));
            y += ROW;
        }
        y += 10;
        for (int s = 0; s < SEVERITIES.size(); s++) {
            int x = LABEL + s * 95;
            rects.add(new Rect(x, y, 12, 12, COLOURS.get(s), SEVERITIES.get(s)));
            texts.add(new Text(x + 16, y + 10, "start", 11, SEVERITIES.get(s)));
        }
        List<Line> lines = List.of(new Line(LABEL, 4, LABEL, 8 + rules.size() * ROW, AXIS));
        return new SvgChart(WIDTH, y + 20, title, rects, lines, texts, "", List.of());
    }

    /** The organization's score, 0 to 100, over the runs, oldest left; each point labelled with its findings when few. */
    static SvgChart scoreTrend(List<TrendPoint> trend, String title) {
        int left = 40;
        int top = 12;
        int plotWidth = WIDTH - left - 20;
        int plotHeight = 160;
        List<Line> lines = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        for (int tick = 0; tick <= 100; tick += 25) {
            int y = top + plotHeight - plotHeight * tick / 100;
            lines.add(new Line(left, y, left + plotWidth, y, tick == 0 ? AXIS : "#dee2e6"));
            texts.add(new Text(left - 6, y + 4, "end", 10, Integer.toString(tick)));
        }
        List<TrendPoint> scored = trend.stream().filter(p -> p.score() != null).toList();
        StringBuilder points = new StringBuilder();
        List<Circle> circles = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            TrendPoint point = scored.get(i);
            int x = scored.size() == 1 ? left + plotWidth / 2 : left + INSET + (plotWidth - 2 * INSET) * i / (scored.size() - 1);
            int y = top + plotHeight - plotHeight * point.score() / 100;
            points.append(points.isEmpty() ? "" : " ").append(x).append(',').append(y);
            circles.add(new Circle(x, y, 3, INK));
            if (scored.size() <= 12) {
                texts.add(new Text(x, y - 7, "middle", 10, point.score() + " (" + point.findings() + ")"));
            }
        }
        if (!scored.isEmpty()) {
            if (scored.size() == 1) {
                texts.add(new Text(left + plotWidth / 2, top + plotHeight + 16, "middle", 10, scored.get(0).finishedAt()));
            } else {
                texts.add(new Text(left + INSET, top + plotHeight + 16, "middle", 10, scored.get(0).finishedAt()));
                texts.add(new Text(left + plotWidth - INSET, top + plotHeight + 16, "middle", 10,
                        scored.get(scored.size() - 1).finishedAt()));
            }
        }
        return new SvgChart(WIDTH, top + plotHeight + 26, title, List.of(), lines, texts, points.toString(), circles);
    }
}
