package org.passerelle.core.document;

import java.util.List;

/** CommonMark text: headings, paragraphs, lists, pipe tables; charts become a table of their values. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(Doc doc) {
        StringBuilder md = new StringBuilder("# ").append(inline(doc.title())).append("\n\n");
        if (doc.subtitle() != null) {
            md.append('_').append(inline(doc.subtitle())).append("_\n\n");
        }
        for (Doc.Block block : doc.blocks()) {
            if (block instanceof Doc.Heading h) {
                md.append("#".repeat(Math.min(6, h.level() + 1))).append(' ').append(inline(h.text())).append("\n\n");
            } else if (block instanceof Doc.Paragraph p) {
                md.append(inline(p.text())).append("\n\n");
            } else if (block instanceof Doc.Bullets b) {
                b.items().forEach(i -> md.append("- ").append(inline(i)).append('\n'));
                md.append('\n');
            } else if (block instanceof Doc.Table t) {
                table(md, t.headers(), t.rows());
            } else if (block instanceof Doc.BarChart c) {
                md.append("**").append(inline(c.title())).append("**\n\n");
                table(md, List.of("", ""), c.bars().stream().map(b -> List.of(b.label(), b.caption())).toList());
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<String> headers, List<List<String>> rows) {
        md.append('|');
        headers.forEach(h -> md.append(' ').append(cell(h)).append(" |"));
        md.append("\n|");
        headers.forEach(h -> md.append("---|"));
        md.append('\n');
        for (List<String> row : rows) {
            md.append('|');
            row.forEach(c -> md.append(' ').append(cell(c)).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }

    private static String cell(String text) {
        return inline(text).replace("|", "\\|").replace("\n", "<br>");
    }

    /** Escapes what Markdown would otherwise interpret in free text typed by users. */
    private static String inline(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }
}
