package nianbao.model;

/** The national report format a report follows: 2021 (国办公开办函〔2021〕30号) or the 2019 trial format. */
public enum FormatVersion {
    V2021("2021"), V2019("2019"), UNKNOWN("unknown");

    private final String id;

    FormatVersion(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
