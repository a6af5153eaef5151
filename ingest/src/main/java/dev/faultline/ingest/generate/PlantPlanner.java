package dev.faultline.ingest.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Plans the problems planted in a generated enterprise: for every analyzer rule several instances
 * covering the variants it detects, about one per rule per 3,000 identities, each drawn from the
 * seed. The order matters only for which identities each planter gets.
 */
final class PlantPlanner {

    private PlantPlanner() {
    }

    static Plants plan(Enterprise enterprise) {
        Plants plants = new Plants(enterprise);
        PlantContext context = new PlantContext(enterprise, plants);
        List<TrustPlan> background = new TrustWriter(enterprise).plan();
        new TrustPlants(context, background).plant();
        new ExceptionPlants(context).plant();
        new NhiPlants(context).plant();
        new AccountPlants(context).plant();
        List<TrustPlan> all = new ArrayList<>(background);
        all.addAll(plants.trusts());
        new LegacyPlants(context, all).plant();
        return plants;
    }
}
