package nianbao.check;

import nianbao.check.NarrativeClaims.Claim;
import nianbao.check.NarrativeClaims.Kind;
import nianbao.model.Span;
import nianbao.model.TextBlock;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class NarrativeClaimsTest {

    private static List<Claim> claims(String text) {
        return NarrativeClaims.extract(text);
    }

    @Test
    void receivedAndAnsweredApplications() {
        assertThat(claims("我单位2021年度共受理政府信息公开申请31件，申请数量较去年增长72%；答复政府信息公开申请31件，均在法定期限内予以答复。"))
                .extracting(Claim::kind, c -> c.value().intValue())
                .containsExactly(tuple(Kind.RECEIVED, 31), tuple(Kind.HANDLED, 31));
    }

    @Test
    void sentenceWrappedAcrossBlocksMidWordIsJoined() {
        List<TextBlock> blocks = List.of(new TextBlock("我单位2021年度共受", new Span(0, 10)),
                new TextBlock("理政府信息公开申请 31 件。", new Span(11, 20)));

        assertThat(NarrativeClaims.extract(blocks)).extracting(Claim::kind, c -> c.value().intValue())
                .containsExactly(tuple(Kind.RECEIVED, 31));
    }

    @Test
    void shortFormsWithHalfWidthPunctuation() {
        assertThat(claims("本年度依申请公开新受理10件,办结10件,均按照依申请公开答复要求严格办理。"))
                .extracting(Claim::kind).containsExactly(Kind.RECEIVED, Kind.HANDLED);
        assertThat(claims("全年全县共办理依申请公开 12 件，办结 12 件，对申请人的申请均依法依规办理。"))
                .extracting(Claim::kind, c -> c.value().intValue()).containsExactly(tuple(Kind.HANDLED, 12));
    }

    @Test
    void handledRightAfterASentenceAboutApplications() {
        assertThat(claims("全年新收政府信息公开申请159件，上年结转5件。本年度办结160件，结转下年度继续办理4件。"))
                .extracting(Claim::kind, c -> c.value().intValue()).containsExactly(
                        tuple(Kind.RECEIVED, 159), tuple(Kind.CARRIED_OVER, 5), tuple(Kind.HANDLED, 160),
                        tuple(Kind.CARRIED_FORWARD, 4));
    }

    @Test
    void thousandsSeparator() {
        assertThat(claims("全年新收政府信息公开申请1,234件，办结1234件。"))
                .extracting(Claim::kind, c -> c.value().intValue())
                .containsExactly(tuple(Kind.RECEIVED, 1234), tuple(Kind.HANDLED, 1234));
    }

    @Test
    void reviewAndLitigationCounts() {
        assertThat(claims("信息公开行政复议1件，信息公开类行政诉讼2件。"))
                .extracting(Claim::kind, c -> c.value().intValue())
                .containsExactly(tuple(Kind.REVIEW, 1), tuple(Kind.LITIGATION, 2));
        assertThat(claims("本年度因政府信息公开被申请行政复议 2 件，被提起行政诉讼0件。"))
                .extracting(Claim::kind, c -> c.value().intValue())
                .containsExactly(tuple(Kind.REVIEW, 2), tuple(Kind.LITIGATION, 0));
    }

    @Test
    void absenceOfReviewAndLitigation() {
        assertThat(claims("3起依申请公开信息均在规定时间内进行了答复，未引起行政复议或行政诉讼。"))
                .extracting(Claim::kind).containsExactly(Kind.NO_REVIEW_OR_LITIGATION);
        assertThat(claims("本年度未因政府信息公开被申请行政复议，被提起行政诉讼1件。"))
                .extracting(Claim::kind).containsExactly(Kind.NO_REVIEW, Kind.LITIGATION);
    }

    @Test
    void normativeDocumentsIssued() {
        assertThat(claims("全年新制发行政规范性文件4件，清理废止2件。"))
                .extracting(Claim::kind, c -> c.value().intValue())
                .containsExactly(tuple(Kind.NORMATIVE_ISSUED, 4));
    }

    @Test
    void approximateNumbersAndOtherMattersAreIgnored() {
        assertThat(claims("积极回应社会关切，12345政务服务便民热线平台共受理市民投诉12473件，其中民心网434件。")).isEmpty();
        assertThat(claims("通过微信公众号发布信息840余条，办结邢台网络问政平台50余件，县长信箱280余件。")).isEmpty();
        assertThat(claims("全年受理政府信息公开申请约30件，办结近30件，受理申请20件左右。")).isEmpty();
        assertThat(claims("本年度办理人大代表建议20件、政协委员提案4件，均已按期办复。")).isEmpty();
    }

    @Test
    void reviewCountIsNotAReceivedApplication() {
        assertThat(claims("因政府信息公开被申请行政复议 2 件。")).extracting(Claim::kind).containsExactly(Kind.REVIEW);
        assertThat(claims("受理政府信息公开行政复议申请3件。")).extracting(Claim::kind).containsExactly(Kind.REVIEW);
    }

    @Test
    void combinedReviewAndLitigationCountIsNotALitigationCount() {
        assertThat(claims("因政府信息公开引起的行政复议和行政诉讼案件共3件。")).isEmpty();
    }

    @Test
    void reviewWithoutDisclosureContextIsIgnored() {
        assertThat(claims("全年办理行政复议案件120件。")).isEmpty();
    }
}
