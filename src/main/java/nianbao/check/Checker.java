package nianbao.check;

import nianbao.model.Finding;
import nianbao.model.Report;

import java.util.List;

/** Runs every single-report rule over a parsed report. */
public final class Checker {
    public List<Finding> check(Report report) {
        throw new UnsupportedOperationException("being written");
    }
}
