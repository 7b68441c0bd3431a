package nianbao.parse.roundtrip;

import java.util.Random;

/** A layout writing reports on the 2019 trial format: its table 二 of eight rows, table 三's single （六） row. */
record TrialFormatLayout(LayoutWriter layout) implements LayoutWriter {
    @Override
    public String name() {
        return layout.name() + "_2019";
    }

    @Override
    public boolean provesBlanks() {
        return layout.provesBlanks();
    }

    @Override
    public boolean losesBlanks() {
        return layout.losesBlanks();
    }

    @Override
    public boolean trialFormat() {
        return true;
    }

    @Override
    public String write(GeneratedReport report, Random rnd) {
        return layout.write(report, rnd);
    }
}
