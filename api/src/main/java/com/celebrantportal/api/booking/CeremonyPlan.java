package com.celebrantportal.api.booking;

import java.util.List;

/** What will be said and played at the ceremony. */
public record CeremonyPlan(String script, String vowsPartner1, String vowsPartner2, List<String> readings,
                           List<String> music) {

    public CeremonyPlan {
        readings = readings == null ? List.of() : List.copyOf(readings);
        music = music == null ? List.of() : List.copyOf(music);
    }
}
