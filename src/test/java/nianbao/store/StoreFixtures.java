package nianbao.store;

import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.Tables;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Small reports and a fixed clock for the store tests. */
final class StoreFixtures {
    static final Instant T0 = Instant.parse("2026-01-15T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private StoreFixtures() {
    }

    static Report report(String file) {
        return new Report(file, "txt", "安阳县人民政府", 2021, FormatVersion.V2021, Tables.builder().build(), List.of(),
                List.of(), List.of(), "正文");
    }

    static <T> T single(Database db, String sql, Class<T> type) {
        return db.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getObject(1, type) : null;
            }
        });
    }
}
