package nianbao.check;

import nianbao.model.FormatVersion;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.List;

/** template.outdated: a report for 2021 or later still written in the 2019 trial format. */
public final class OutdatedTemplateRule implements Rule {
    public static final String ID = "template.outdated";
    private static final int FIRST_YEAR_OF_2021_FORMAT = 2021;

    @Override
    public void check(Report report, List<Finding> out) {
        Integer year = report.year();
        if (year == null || year < FIRST_YEAR_OF_2021_FORMAT) {
            return;
        }
        List<String> markers = report.formatMarkers();
        if (report.template() != FormatVersion.V2019 && markers.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder()
                .append(year).append("年度报告仍使用2019年试行格式（国办公开办函〔2019〕60号），")
                .append("应使用2021年格式（国办公开办函〔2021〕30号）");
        if (!markers.isEmpty()) {
            message.append("；旧格式特征：").append(String.join("、", markers));
        }
        out.add(new Finding(ID, Severity.ERROR, null, null, null, message.toString(), List.of()));
    }
}
