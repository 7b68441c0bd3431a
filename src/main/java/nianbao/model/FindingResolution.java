package nianbao.model;

import java.time.Instant;

/** The examiner's resolution of one finding, identified by {@link FindingKey}, with a note, who and when. */
public record FindingResolution(FindingKey finding, Resolution resolution, String note, String examiner,
                                Instant at) {
}
