package bench.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** The bare app's one resource: it answers once the database is reachable, which is what "ready" means here. */
@Path("/items")
public class ItemResource {

    @GET
    public List<Item> list() {
        return Item.listAll();
    }
}
