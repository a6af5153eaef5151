package dev.faultline.ingest.generate;

/** Splits a whole number over weighted shares so that the parts add up exactly. */
final class Apportion {

    private Apportion() {
    }

    /**
     * Gives every share {@code minimum}, then the rest in proportion to the weights, rounding by
     * largest remainder (ties to the lower index). A share of weight 0 gets only the minimum.
     */
    static int[] split(int total, double[] weights, int minimum) {
        long rest = total - (long) minimum * weights.length;
        if (rest < 0) {
            throw new IllegalArgumentException("cannot give %d shares %d each out of %d"
                    .formatted(weights.length, minimum, total));
        }
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = sum == 0 ? 0 : rest * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        for (long left = rest - given; left > 0; left--) {
            int best = largest(remainders, weights);
            parts[best]++;
            remainders[best] = -1;
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] += minimum;
        }
        return parts;
    }

    private static int largest(double[] remainders, double[] weights) {
        int best = -1;
        for (int i = 0; i < remainders.length; i++) {
            if (weights[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("no positive weight to give the rest to");
        }
        return best;
    }
}
