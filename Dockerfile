# Multi-stage build: compile and test-free package with the Maven wrapper, run the fast-jar on a JRE 17.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY openapi.yaml ./
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
ENV LANG=C.UTF-8 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
RUN groupadd --system --gid 10001 catalogue \
    && useradd --system --uid 10001 --gid catalogue --home-dir /app --shell /usr/sbin/nologin catalogue \
    && mkdir -p /app/data && chown -R catalogue:catalogue /app
WORKDIR /app
COPY --from=build --chown=catalogue:catalogue /build/target/quarkus-app/ /app/
USER 10001
# 8080: the public API; 9000: the management interface (metrics), for the cluster only
EXPOSE 8080 9000
# Readiness through the JRE alone: the image's /bin/sh is dash (no /dev/tcp) and it has no curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=40s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx16m", "-Xss256k", "-cp", "/app/app/*", "cn.shanghai.achievements.HealthProbe"]
# H2 file database in /app/data by default; set QUARKUS_DATASOURCE_JDBC_URL (and _USERNAME, _PASSWORD) for PostgreSQL.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
