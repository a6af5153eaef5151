# The Faultline server image: built from source with Maven, run on a JRE.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -q -B -DskipTests -pl web-ui -am package

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home faultline
USER faultline
WORKDIR /home/faultline
COPY --from=build /src/web-ui/target/faultline.jar /opt/faultline/faultline.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/faultline/faultline.jar"]
CMD ["serve"]
