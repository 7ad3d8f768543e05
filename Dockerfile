# syntax=docker/dockerfile:1

# ---- build ------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the project files only, so the package layer is cached
# until a project file or a package version changes.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Fandom.Web/Fandom.Web.csproj src/Fandom.Web/
COPY src/Fandom.Data/Fandom.Data.csproj src/Fandom.Data/
COPY migrations/Fandom.Migrations.Sqlite/Fandom.Migrations.Sqlite.csproj migrations/Fandom.Migrations.Sqlite/
COPY migrations/Fandom.Migrations.Postgres/Fandom.Migrations.Postgres.csproj migrations/Fandom.Migrations.Postgres/
RUN dotnet restore src/Fandom.Web/Fandom.Web.csproj

COPY . .
RUN dotnet publish src/Fandom.Web/Fandom.Web.csproj -c Release -o /app --no-restore /p:UseAppHost=false

# ---- runtime ----------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime

# curl is only used by the container health check (GET /healthz).
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY --from=build /app ./

# App_Data holds the SQLite database and uploaded media; mount a volume here to keep them.
RUN mkdir -p /app/App_Data && chown app:app /app/App_Data

ENV ASPNETCORE_URLS=http://+:8080
# The address readers use: every absolute link (reset mail, feeds, canonical links) starts with it, and the site
# answers only to its host. Run with the real one, e.g. -e Fandom__Site__PublicBaseUrl=https://fandom.example.
ENV Fandom__Site__PublicBaseUrl=http://localhost:8080
EXPOSE 8080

# Non-root user provided by the .NET images.
USER app

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:8080/healthz || exit 1

ENTRYPOINT ["dotnet", "Fandom.Web.dll"]
