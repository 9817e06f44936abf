package org.passerelle.core.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated document as a list of blocks, so that one builder feeds the Markdown, HTML and PDF renderers
 * and the three formats always say the same thing.
 */
public record Doc(String title, String subtitle, String lang, List<Block> blocks) {

    public sealed interface Block permits Heading, Paragraph, Bullets, Table, BarChart {
    }

    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Bullets(List<String> items) implements Block {
    }

    public record Table(List<String> headers, List<List<String>> rows) implements Block {
    }

    /** Horizontal bars, each with an optional target mark; {@code max} is the scale's end. */
    public record BarChart(String title, double max, List<Bar> bars) implements Block {
    }

    public record Bar(String label, double value, Double target, String caption) {
    }

    /** Builds a document block by block. */
    public static final class Builder {
        private final String title;
        private final String subtitle;
        private final String lang;
        private final List<Block> blocks = new ArrayList<>();

        public Builder(String title, String subtitle, String lang) {
            this.title = title;
            this.subtitle = subtitle;
            this.lang = lang;
        }

        public Builder heading(int level, String text) {
            blocks.add(new Heading(level, text));
            return this;
        }

        public Builder paragraph(String text) {
            if (text != null && !text.isBlank()) {
                blocks.add(new Paragraph(text.strip()));
            }
            return this;
        }

        public Builder bullets(List<String> items) {
            if (!items.isEmpty()) {
                blocks.add(new Bullets(List.copyOf(items)));
            }
            return this;
        }

        public Builder table(List<String> headers, List<List<String>> rows) {
            if (!rows.isEmpty()) {
                blocks.add(new Table(List.copyOf(headers), List.copyOf(rows)));
            }
            return this;
        }

        public Builder chart(String chartTitle, double max, List<Bar> bars) {
            if (!bars.isEmpty()) {
                blocks.add(new BarChart(chartTitle, max, List.copyOf(bars)));
            }
            return this;
        }

        public Doc build() {
            return new Doc(title, subtitle, lang, List.copyOf(blocks));
        }
    }
}
