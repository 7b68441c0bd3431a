package nianbao.check;

import nianbao.format.Identities;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Tables;

import java.util.ArrayList;
import java.util.List;

/** Runs every single-report rule over a parsed report and returns the findings in a stable order. */
public final class Checker {
    private static final List<Rule> RULES = List.of(
            new OutdatedTemplateRule(),
            new MissingSectionRule(),
            new HeadingRule(),
            new MissingRowRule(),
            new NotNumberRule(),
            new NegativeValueRule(),
            new BlankValueRule(),
            new UncertainValueRule(),
            new InferredValueRule(),
            new SumRule(Identities.BALANCE),
            new SumRule(Identities.TOTAL_ROWS),
            new SumRule(Identities.TOTAL_COLUMNS),
            new CarriedForwardRule(),
            new SumRule(Identities.REVIEW_TOTAL),
            new NarrativeRule(),
            new EmptySectionRule(),
            new FeeStatementRule(),
            new ImplausibleValueRule(),
            new DamagedTextRule());

    /** The rules in the order they run. */
    public static List<Rule> rules() {
        return RULES;
    }

    public List<Finding> check(Report report) {
        Report r = report.tables() == null ? report.withTables(Tables.builder().build()) : report;
        List<Finding> out = new ArrayList<>();
        for (Rule rule : RULES) {
            nianbao.model.WorkBudget.checkpoint();
            rule.check(r, out);
        }
        return out;
    }
}
