package cn.shanghai.achievements.seed;

import cn.shanghai.achievements.catalogue.Catalogues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once this instance's seed is in the database and a release's read model is served. */
@Readiness
@ApplicationScoped
public class SeedReadiness implements HealthCheck {

    @Inject
    Catalogues catalogues;

    @Inject
    SeedStatus seed;

    @Override
    public HealthCheckResponse call() {
        var served = catalogues.served();
        var response = HealthCheckResponse.named("seed")
                .status(served.isPresent() && seed.ok())
                .withData(
                        "datasetVersion", served.map(c -> c.release().version()).orElse("none"))
                .withData("release", served.map(c -> (long) c.release().seq()).orElse(0L));
        if (!seed.problems().isEmpty()) {
            response.withData("problems", seed.problems().size())
                    .withData("firstProblem", seed.problems().get(0));
        }
        return response.build();
    }
}
