package dev.faultline.ingest.bundle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A database of keys and labels held in a map, recording what it was asked. */
final class InMemoryKeyLookup implements KeyLookup {

    private final Map<String, Set<String>> labels;
    private final List<Integer> batchSizes = new ArrayList<>();
    private final List<String> keysAsked = new ArrayList<>();
    private Set<String> answerForEveryKey;

    InMemoryKeyLookup(Map<String, Set<String>> labels) {
        this.labels = Map.copyOf(labels);
    }

    /** From now on, every key asked exists with these labels. */
    void answerEveryKeyWith(Set<String> everyKeyLabels) {
        this.answerForEveryKey = everyKeyLabels;
    }

    @Override
    public Map<String, Set<String>> labelsOf(Collection<String> keys) {
        batchSizes.add(keys.size());
        keysAsked.addAll(keys);
        Map<String, Set<String>> found = new HashMap<>();
        for (String key : keys) {
            Set<String> keyLabels = answerForEveryKey != null ? answerForEveryKey : labels.get(key);
            if (keyLabels != null) {
                found.put(key, keyLabels);
            }
        }
        return found;
    }

    List<Integer> batchSizes() {
        return batchSizes;
    }

    List<String> keysAsked() {
        return keysAsked;
    }
}
