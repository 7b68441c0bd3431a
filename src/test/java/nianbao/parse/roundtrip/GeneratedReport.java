package nianbao.parse.roundtrip;

import java.util.Random;

/** One invented report to be written out: who published it, for which year, and its three tables. */
record GeneratedReport(String organ, int year, TableValues tables) {
    private static final String[] PLACES = {"桑榆", "鹤鸣", "溱川", "江澜", "望海", "芦花荡", "苇塘", "丹霞", "雁栖",
            "琅溪", "青岚", "云朔", "白沙洲", "柳泉"};
    private static final String[] KINDS = {"县人民政府", "县人民政府办公室", "区人民政府", "镇人民政府", "县水利局",
            "市生态环境局", "县农业农村局", "市人力资源和社会保障局"};

    static GeneratedReport random(Random rnd, boolean blanks) {
        String organ = PLACES[rnd.nextInt(PLACES.length)] + KINDS[rnd.nextInt(KINDS.length)];
        int year = 2021 + rnd.nextInt(4);
        return new GeneratedReport(organ, year, RandomTables.generate(rnd, blanks));
    }

    /** A report for 2019 or 2020 on the 2019 trial format. */
    static GeneratedReport random2019(Random rnd, boolean blanks) {
        String organ = PLACES[rnd.nextInt(PLACES.length)] + KINDS[rnd.nextInt(KINDS.length)];
        return new GeneratedReport(organ, 2019 + rnd.nextInt(2), RandomTables.generate2019(rnd, blanks));
    }
}
