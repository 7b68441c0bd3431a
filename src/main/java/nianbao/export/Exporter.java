package nianbao.export;

import nianbao.model.ReviewedReport;

import java.nio.file.Path;

/**
 * Exports a reviewed report in one of the four formats, each writer replacing the target only with a complete file
 * (asking before overwriting an existing file is the caller's part).
 */
public final class Exporter {
    public void export(ReviewedReport reviewed, ExportFormat format, Path target) throws ExportException {
        switch (format) {
            case PDF -> new AuditPdfWriter().write(reviewed, target);
            case XLSX -> new XlsxWriter().write(reviewed, target);
            case JSON -> new ReviewedJsonWriter().write(reviewed, target);
            case CSV -> new CsvWriter().write(reviewed, target);
        }
    }
}
