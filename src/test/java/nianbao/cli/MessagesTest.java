package nianbao.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages of the command line have the same keys. */
class MessagesTest {
    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/nianbao/cli/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(load("messages_zh_CN.properties").keySet());
    }

    @Test
    void argumentsAreShownAsGiven() {
        assertThat(Messages.chinese().get("summary.identity", "某县", 2021, "2021年格式"))
                .isEqualTo("机关：某县　年度：2021　模板：2021年格式");
    }
}
