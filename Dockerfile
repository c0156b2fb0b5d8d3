# One image recipe for the five services and the identity provider: docker build --build-arg SERVICE=intake-service .
# (docker-compose.yml builds each of them this way.)
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /workspace
COPY .mvn .mvn
COPY mvnw pom.xml ./
# The root pom runs build-support/provide-browser.sh first (it does nothing when tests are skipped).
COPY build-support build-support
# Maven reads every module the root pom lists before it builds the one asked for, so each module
# is copied, even those this service does not need. DockerBuildConsistencyTest keeps this list
# equal to the root pom's <modules>.
COPY complaints-contracts complaints-contracts
COPY local-stack local-stack
COPY service-support service-support
COPY personal-data personal-data
COPY working-days working-days
COPY test-support test-support
COPY intake-service intake-service
COPY routing-service routing-service
COPY complaints-office-service complaints-office-service
COPY notification-service notification-service
COPY analytics-service analytics-service
COPY identity-provider identity-provider
COPY system-tests system-tests
COPY fault-injection fault-injection
RUN test -n "${SERVICE}" || { echo "Name the service to build: --build-arg SERVICE=<module>" >&2; exit 1; } \
    && ./mvnw -B -q -DskipTests -pl ${SERVICE} -am package \
    && cp ${SERVICE}/target/${SERVICE}-*-exec.jar /workspace/service.jar

FROM eclipse-temurin:17-jre
# /var/lib/complaints/identity belongs to the service's user: the identity provider keeps its signing key there, in
# a compose volume, which Docker creates with the ownership of the directory it is mounted on.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 complaints \
    && install -d -o complaints -m 700 /var/lib/complaints/identity
USER complaints
COPY --from=build /workspace/service.jar /app/service.jar
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Daxoniq.update-checker.disabled=true"
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
