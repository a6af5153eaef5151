package dev.faultline.ingest.generate;

/** Direct identity members of every group, by tenant index and group index. */
final class GroupSizes {

    private final int[][] sizes;

    GroupSizes(int[][] sizes) {
        this.sizes = sizes;
    }

    int size(int tenant, int group) {
        return sizes[tenant][group];
    }
}
