package org.passerelle.core.document;

import java.util.Locale;

/**
 * A standalone HTML5 page in XML syntax (well-formed, so any XML parser reads it), with a small print style
 * and the charts as inline SVG.
 */
public final class HtmlRenderer {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;"
            + "color:#1b1b1b;line-height:1.45}h1{color:#000091}h2{border-bottom:2px solid #000091}"
            + "table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .5em;"
            + "text-align:left;vertical-align:top}th{background:#f0f0f8}figure{margin:1em 0}"
            + "figcaption{font-weight:bold}@media print{body{margin:0}}";

    private HtmlRenderer() {
    }

    public static String render(Doc doc) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(esc(doc.lang())).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(esc(doc.title())).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(doc.title())).append("</h1>\n");
        if (doc.subtitle() != null) {
            html.append("<p><em>").append(esc(doc.subtitle())).append("</em></p>\n");
        }
        for (Doc.Block block : doc.blocks()) {
            if (block instanceof Doc.Heading h) {
                int level = Math.min(6, h.level() + 1);
                html.append("<h").append(level).append('>').append(esc(h.text())).append("</h").append(level).append(">\n");
            } else if (block instanceof Doc.Paragraph p) {
                html.append("<p>").append(esc(p.text()).replace("\n", "<br/>")).append("</p>\n");
            } else if (block instanceof Doc.Bullets b) {
                html.append("<ul>\n");
                b.items().forEach(i -> html.append("<li>").append(esc(i)).append("</li>\n"));
                html.append("</ul>\n");
            } else if (block instanceof Doc.Table t) {
                html.append("<table>\n<thead><tr>");
                t.headers().forEach(c -> html.append("<th scope=\"col\">").append(esc(c)).append("</th>"));
                html.append("</tr></thead>\n<tbody>\n");
                t.rows().forEach(r -> {
                    html.append("<tr>");
                    r.forEach(c -> html.append("<td>").append(esc(c).replace("\n", "<br/>")).append("</td>"));
                    html.append("</tr>\n");
                });
                html.append("</tbody>\n</table>\n");
            } else if (block instanceof Doc.BarChart c) {
                html.append("<figure>\n<figcaption>").append(esc(c.title())).append("</figcaption>\n")
                        .append(svg(c)).append("</figure>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** Bars in blue, targets as a red tick, the value written after each bar. */
    static String svg(Doc.BarChart chart) {
        int labelWidth = 260;
        int barWidth = 360;
        int row = 26;
        int height = row * chart.bars().size() + 10;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(labelWidth + barWidth + 140).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(chart.title())).append("\">\n");
        int y = 5;
        for (Doc.Bar bar : chart.bars()) {
            double scale = chart.max() <= 0 ? 0 : barWidth / chart.max();
            svg.append("<text x=\"0\" y=\"").append(y + 16).append("\" font-size=\"12\">").append(esc(shorten(bar.label())))
                    .append("</text>\n<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4)
                    .append("\" width=\"").append(num(Math.max(0, bar.value()) * scale)).append("\" height=\"16\" fill=\"#000091\"/>\n");
            if (bar.target() != null) {
                double x = labelWidth + bar.target() * scale;
                svg.append("<line x1=\"").append(num(x)).append("\" x2=\"").append(num(x)).append("\" y1=\"").append(y)
                        .append("\" y2=\"").append(y + 24).append("\" stroke=\"#e1000f\" stroke-width=\"3\"/>\n");
            }
            svg.append("<text x=\"").append(labelWidth + barWidth + 8).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"12\">").append(esc(bar.caption())).append("</text>\n");
            y += row;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String shorten(String label) {
        return label.length() <= 42 ? label : label.substring(0, 41) + "…";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
