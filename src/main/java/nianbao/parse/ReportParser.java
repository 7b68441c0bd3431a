package nianbao.parse;

import nianbao.extract.SourceDocument;
import nianbao.model.BadInputException;
import nianbao.model.Report;

/** Turns a source document into a Report: sections, the three tables under canonical keys, organ, year, format. */
public final class ReportParser {
    public Report parse(SourceDocument doc, String file) throws BadInputException {
        throw new UnsupportedOperationException("being written");
    }
}
