package nianbao.check;

import nianbao.model.Finding;
import nianbao.model.Report;

import java.util.List;

/** One family of checks over a parsed report; adds its findings, in a stable order, to {@code out}. */
public interface Rule {
    void check(Report report, List<Finding> out);
}
