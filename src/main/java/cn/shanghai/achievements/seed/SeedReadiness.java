package cn.shanghai.achievements.seed;

import cn.shanghai.achievements.meta.DatasetStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the seed is in the database and this instance knows its version. */
@Readiness
@ApplicationScoped
public class SeedReadiness implements HealthCheck {

    @Inject
    DatasetStatus status;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("seed")
                .status(status.isReady())
                .withData("datasetVersion", status.currentVersion().orElse("none"));
        if (!status.problems().isEmpty()) {
            response.withData("problems", status.problems().size())
                    .withData("firstProblem", status.problems().get(0));
        }
        return response.build();
    }
}
