package nianbao.parse;

import nianbao.extract.SourceDocument;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PositionTableReaderTest {

    private static Report parse(String table4Values) throws Exception {
        String text = String.join("\n", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "行政复议\t行政诉讼",
                "结果维持\t结果纠正\t其他结果\t尚未审结\t总计", table4Values, "五、存在的主要问题及改进情况", "无。");
        return new ReportParser().parse(SourceDocument.ofText("txt", text), "t");
    }

    @Test
    void fifteenDelimitedValuesArePlacedByTheirCells() throws Exception {
        Report report = parse("1\t0\t0\t0\t1\t2\t0\t0\t0\t2\t0\t0\t0\t1\t1");
        assertThat(report.tables().cell("review_litigation", "review", "upheld").uncertain()).isFalse();
        assertThat(report.tables().cell("review_litigation", "litigation_after_review", "total").number())
                .isEqualByComparingTo("1");
    }

    @Test
    void moreDelimitedValuesThanCellsThatNoRunOfCellsHoldsAreAllInDoubt() throws Exception {
        Report report = parse("1\t0\t0\t0\t1\t2\t0\t0\t0\t2\t0\t0\t0\t1\t1\t3\t4");
        report.tables().cells().forEach(cell -> {
            if (cell.ref().table().equals("review_litigation")) {
                assertThat(cell.uncertain()).as(cell.ref().toString()).isTrue();
                assertThat(cell.uncertainty()).contains("此行数值多于列数");
            }
        });
        assertThat(report.tables().cell("review_litigation", "review", "upheld")).isNotNull();
    }

    @Test
    void aSpeckInTheHeaderReadAsADigitDoesNotTakeThePlaceOfTheLineOfValues() throws Exception {
        String text = String.join("\n", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼",
                "结果维持 结果纠正 1 其他结果 尚未审结 总计", "4 1 1 2 8 2 0 1 1 4 1 0 0 0 1",
                "五、存在的主要问题及改进情况", "无。");
        Report report = new ReportParser().parse(SourceDocument.ofText("txt", text), "t");
        assertThat(report.tables().cell("review_litigation", "review", "upheld").number()).isEqualByComparingTo("4");
        assertThat(report.tables().cell("review_litigation", "review", "total").number()).isEqualByComparingTo("8");
        assertThat(report.tables().cell("review_litigation", "litigation_after_review", "total").number())
                .isEqualByComparingTo("1");
    }
}
