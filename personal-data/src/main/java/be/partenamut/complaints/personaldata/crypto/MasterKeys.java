package be.partenamut.complaints.personaldata.crypto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The current master key, which wraps every new key, and the previous ones, kept only so that keys
 * they wrapped stay readable until the vault re-wraps them under the current one.
 */
public final class MasterKeys {

    private final MasterKey current;
    private final Map<String, MasterKey> byId = new LinkedHashMap<>();

    public MasterKeys(MasterKey current, List<MasterKey> previous) {
        this.current = current;
        byId.put(current.id(), current);
        for (MasterKey key : previous) {
            if (byId.putIfAbsent(key.id(), key) != null && !key.equals(current)) {
                throw new IllegalArgumentException("two master keys share the id " + key.id());
            }
        }
    }

    public static MasterKeys parse(String current, List<String> previous) {
        return new MasterKeys(MasterKey.parse(current), previous == null ? List.of()
                : previous.stream().filter(text -> !text.isBlank()).map(MasterKey::parse).toList());
    }

    public MasterKey current() {
        return current;
    }

    /**
     * @throws IllegalStateException when the key that wrapped a value is no longer configured
     */
    public MasterKey byId(String id) {
        MasterKey key = byId.get(id);
        if (key == null) {
            throw new IllegalStateException("master key " + id + " is not configured: add it to"
                    + " complaints.personal-data.previous-master-keys until the vault has re-wrapped its keys");
        }
        return key;
    }
}
