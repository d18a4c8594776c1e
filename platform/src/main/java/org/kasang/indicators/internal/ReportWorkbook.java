package org.kasang.indicators.internal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kasang.indicators.IndicatorReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An indicator report as an XLSX workbook: the indicator table on the first sheet (figures as numbers, so a
 * programme officer can chart them), every figure with its breakdown on the second, as the CSV has them.
 */
public final class ReportWorkbook {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Translations t;

    public ReportWorkbook(Translations t) {
        this.t = t;
    }

    public byte[] write(IndicatorReport report, List<List<String>> figures) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet table = workbook.createSheet(t.get("report-export.sheet.table"));
            header(table.createRow(0), bold, List.of(t.get("report-export.column.code"), t.get("report-export.column.name"),
                    t.get("report-export.column.result"), t.get("report-export.column.unit"),
                    t.get("report-export.column.period"), t.get("report-export.column.baseline"),
                    t.get("report-export.column.target"), t.get("report-export.column.actual"),
                    t.get("report-export.column.percent-of-target"), t.get("report-export.column.numerator"),
                    t.get("report-export.column.denominator")));
            int r = 1;
            for (IndicatorReport.Line line : report.lines()) {
                Row row = table.createRow(r++);
                IndicatorReport.Figure total = line.total();
                row.createCell(0).setCellValue(line.code());
                row.createCell(1).setCellValue(line.name().in(t.locale()));
                row.createCell(2).setCellValue(line.resultRef() == null ? "" : line.resultRef());
                row.createCell(3).setCellValue(line.unit().name());
                row.createCell(4).setCellValue(report.period().code());
                number(row.createCell(5), line.baseline());
                number(row.createCell(6), line.target());
                if (total.suppressed()) {
                    row.createCell(7).setCellValue(t.get("report-export.suppressed", report.suppressBelow()));
                } else {
                    number(row.createCell(7), total.value());
                    number(row.createCell(8), line.percentOfTarget());
                    row.createCell(9).setCellValue(total.numerator());
                    if (total.denominator() != null) {
                        row.createCell(10).setCellValue(total.denominator());
                    }
                }
            }
            table.createFreezePane(0, 1);

            Sheet all = workbook.createSheet(t.get("report-export.sheet.figures"));
            header(all.createRow(0), bold, figures.get(0));
            for (int i = 1; i < figures.size(); i++) {
                Row row = all.createRow(i);
                List<String> cells = figures.get(i);
                for (int c = 0; c < cells.size(); c++) {
                    String text = cells.get(c);
                    // Codes and categories stay text; figures (numerator onwards) become numbers.
                    if (c >= 8 && NUMBER.matcher(text).matches()) {
                        row.createCell(c).setCellValue(Double.parseDouble(text));
                    } else if (!text.isEmpty()) {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            all.createFreezePane(0, 1);
            for (Sheet sheet : List.of(table, all)) {
                for (int c = 0; c < 14; c++) {
                    sheet.setColumnWidth(c, c == 1 ? 60 * 256 : 14 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Row row, CellStyle bold, List<String> labels) {
        for (int c = 0; c < labels.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(labels.get(c));
            cell.setCellStyle(bold);
        }
    }

    private static void number(Cell cell, BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }
}
