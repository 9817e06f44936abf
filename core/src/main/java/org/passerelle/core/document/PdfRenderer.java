package org.passerelle.core.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * An A4 PDF of the document. Standard Helvetica (WinAnsi) covers French; charts are drawn as table rows whose
 * filled part is the value, with the target written beside it.
 */
public final class PdfRenderer {

    private static final Color BLUE = new Color(0, 0, 145);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, BLUE);
    private static final Font SUBTITLE = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 11, Color.DARK_GRAY);
    private static final Font H2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15, BLUE);
    private static final Font H3 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, Color.BLACK);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10, Color.BLACK);
    private static final Font HEADER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Color.BLACK);
    private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 9, Color.BLACK);

    private PdfRenderer() {
    }

    public static byte[] render(Doc doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(doc, out);
        return out.toByteArray();
    }

    /** Writes the PDF to {@code out} and leaves it open (an entry of a ZIP being streamed, say). */
    public static void render(Doc doc, OutputStream out) {
        Document pdf = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(pdf, out).setCloseStream(false);
            pdf.addTitle(doc.title());
            pdf.open();
            pdf.add(new Paragraph(doc.title(), TITLE));
            if (doc.subtitle() != null) {
                pdf.add(new Paragraph(doc.subtitle(), SUBTITLE));
            }
            for (Doc.Block block : doc.blocks()) {
                add(pdf, block);
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF generation failed", e);
        }
    }

    private static void add(Document pdf, Doc.Block block) throws DocumentException {
        if (block instanceof Doc.Heading h) {
            Paragraph p = new Paragraph(h.text(), h.level() <= 1 ? H2 : H3);
            p.setSpacingBefore(h.level() <= 1 ? 14 : 8);
            p.setSpacingAfter(4);
            pdf.add(p);
        } else if (block instanceof Doc.Paragraph para) {
            Paragraph p = new Paragraph(para.text(), BODY);
            p.setSpacingAfter(6);
            pdf.add(p);
        } else if (block instanceof Doc.Bullets b) {
            com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
            list.setListSymbol(new Chunk("• ", BODY));
            b.items().forEach(i -> list.add(new ListItem(i, BODY)));
            pdf.add(list);
        } else if (block instanceof Doc.Table t) {
            PdfPTable table = new PdfPTable(t.headers().size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setSpacingAfter(8);
            table.setHeaderRows(1);
            t.headers().forEach(c -> {
                PdfPCell cell = new PdfPCell(new Phrase(c, HEADER));
                cell.setBackgroundColor(new Color(240, 240, 248));
                table.addCell(cell);
            });
            t.rows().forEach(r -> r.forEach(c -> table.addCell(new Phrase(c == null ? "" : c, CELL))));
            pdf.add(table);
        } else if (block instanceof Doc.BarChart c) {
            pdf.add(new Paragraph(c.title(), H3));
            PdfPTable chart = new PdfPTable(new float[] { 4, 5, 2 });
            chart.setWidthPercentage(100);
            chart.setSpacingAfter(8);
            for (Doc.Bar bar : c.bars()) {
                PdfPCell label = new PdfPCell(new Phrase(bar.label(), CELL));
                label.setBorder(0);
                chart.addCell(label);
                chart.addCell(bar(bar.value(), c.max()));
                PdfPCell caption = new PdfPCell(new Phrase(bar.caption(), CELL));
                caption.setBorder(0);
                chart.addCell(caption);
            }
            pdf.add(chart);
        }
    }

    /** A cell holding a two-part table: the filled share, then the rest. */
    private static PdfPCell bar(double value, double max) {
        float share = max <= 0 ? 0 : (float) Math.max(0, Math.min(1, value / max));
        PdfPCell holder = new PdfPCell();
        holder.setBorder(0);
        holder.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (share > 0) {
            PdfPTable inner = share >= 1 ? new PdfPTable(1) : new PdfPTable(new float[] { share, 1 - share });
            inner.setWidthPercentage(100);
            PdfPCell filled = new PdfPCell(new Phrase(" ", CELL));
            filled.setBackgroundColor(BLUE);
            filled.setBorder(0);
            inner.addCell(filled);
            if (share < 1) {
                PdfPCell rest = new PdfPCell(new Phrase(" ", CELL));
                rest.setBorder(0);
                inner.addCell(rest);
            }
            holder.addElement(inner);
        }
        return holder;
    }
}
