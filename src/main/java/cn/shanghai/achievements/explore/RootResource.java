package cn.shanghai.achievements.explore;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The service's root: people arrive at the explorer; the API lives under /api/v1. */
@NonBlocking
@Path("/")
public class RootResource {

    @GET
    public Response root() {
        return Response.seeOther(URI.create(ExploreResource.BASE)).build();
    }
}
