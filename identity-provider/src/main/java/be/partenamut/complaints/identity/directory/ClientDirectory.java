package be.partenamut.complaints.identity.directory;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The registered clients, held in memory. Unlike Spring's in-memory repository it may be empty: outside the
 * demo profile the provider holds no client and refuses every token request.
 */
public class ClientDirectory implements RegisteredClientRepository {

    private final Map<String, RegisteredClient> byId = new LinkedHashMap<>();
    private final Map<String, RegisteredClient> byClientId = new LinkedHashMap<>();

    public ClientDirectory(Collection<RegisteredClient> clients) {
        clients.forEach(this::save);
    }

    @Override
    public synchronized void save(RegisteredClient client) {
        RegisteredClient sameClientId = byClientId.get(client.getClientId());
        if (sameClientId != null && !sameClientId.getId().equals(client.getId())) {
            throw new IllegalArgumentException("Client id already registered: " + client.getClientId());
        }
        byId.put(client.getId(), client);
        byClientId.put(client.getClientId(), client);
    }

    @Override
    public synchronized RegisteredClient findById(String id) {
        return byId.get(id);
    }

    @Override
    public synchronized RegisteredClient findByClientId(String clientId) {
        return byClientId.get(clientId);
    }

    public synchronized int size() {
        return byId.size();
    }
}
