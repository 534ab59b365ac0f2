# syntax=docker/dockerfile:1
# CrampInfo: build and publish with the SDK, build the food database, then run on the ASP.NET Core
# runtime image as the non-root "app" user. The database is made at image build time, so the running
# container only reads it: it works with a read-only root file system and no volume
# (docker run --read-only --tmpfs /tmp ...).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Set by BuildKit (amd64, arm64); without it the app is published for any architecture.
ARG TARGETARCH
WORKDIR /src

# Restore in a layer of its own: it is reused until the package versions or the project file change.
COPY Directory.Build.props Directory.Packages.props global.json ./
COPY src/CrampInfo.Web/CrampInfo.Web.csproj src/CrampInfo.Web/
RUN dotnet restore src/CrampInfo.Web/CrampInfo.Web.csproj ${TARGETARCH:+-a $TARGETARCH}

COPY appsettings.json ./
COPY wwwroot/ wwwroot/
COPY src/CrampInfo.Web/ src/CrampInfo.Web/
# No compiler server (UseSharedCompilation=false): it would outlive the build step.
RUN dotnet publish src/CrampInfo.Web/CrampInfo.Web.csproj -c Release ${TARGETARCH:+-a $TARGETARCH} --no-restore \
        -p:UseSharedCompilation=false -o /app

# The database, from the data built into the app: the same set-up the app runs at start, then exit.
RUN ConnectionStrings__CrampInfo="Data Source=/database/crampinfo.db" dotnet /app/CrampInfo.Web.dll --prepare-database

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app ./
# Owned by root and only read: the app finds the data current at start and opens it read-only.
COPY --from=build /database/crampinfo.db ./data/crampinfo.db
ENV ConnectionStrings__CrampInfo="Data Source=/app/data/crampinfo.db" \
    ASPNETCORE_HTTP_PORTS=8080
USER $APP_UID
EXPOSE 8080
# The base image has no curl: the app asks its own /healthz and exits 0 (healthy) or 1.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["/app/CrampInfo.Web", "--health-check"]
ENTRYPOINT ["/app/CrampInfo.Web"]
