package nianbao.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version for {@code --version}, from the Maven properties Maven puts in the jar (absent in a dev build). */
final class VersionProvider implements IVersionProvider {
    private static final String POM_PROPERTIES = "/META-INF/maven/nianbao/nianbao-review/pom.properties";

    @Override
    public String[] getVersion() throws IOException {
        String version = "(development build)";
        try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                version = properties.getProperty("version", version);
            }
        }
        return new String[]{"Nianbao Review 年报审查 " + version};
    }
}
