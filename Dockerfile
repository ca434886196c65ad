# treatysim in a container: the shaded jar on Eclipse Temurin's Java 17 runtime, run as a user
# without privileges. Build the jar first (./mvnw -B verify, or -DskipTests package), then
#   docker build -t treatysim .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD":/data treatysim run /data/scenario.yaml
# writes /data/results/<scenario>/ (the working folder is /data). docs/scale-out.md has more.
FROM eclipse-temurin:17-jre

# The charts and the PDF brief draw text through Java's font system, which needs fontconfig and a font.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 --user-group treatysim \
    && mkdir -p /opt/treatysim /data \
    && chown treatysim:treatysim /data

COPY target/treatysim-0.1.0.jar /opt/treatysim/treatysim.jar

USER treatysim
WORKDIR /data
ENV JAVA_TOOL_OPTIONS="-Djava.awt.headless=true"
ENTRYPOINT ["java", "-jar", "/opt/treatysim/treatysim.jar"]
CMD ["--help"]
