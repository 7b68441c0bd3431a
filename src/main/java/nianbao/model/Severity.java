package nianbao.model;

/** How serious a finding is; the lower-case name is the id used in JSON. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
