namespace CrampInfo.Web.Hosting;

/// <summary>
/// The app's own command-line switches; every other argument goes to the host (<c>--urls</c>, ...).
/// <list type="bullet">
/// <item><c>--prepare-database</c>: bring the database up to date, then exit (0 when ready, 1 if not).
/// The Dockerfile builds the database into the image this way, so the container only reads it.</item>
/// <item><c>--health-check</c>: ask the running app's <c>/healthz</c> and exit 0 or 1, for the image's
/// HEALTHCHECK (the base image has no curl).</item>
/// </list>
/// </summary>
public sealed record CommandLine(bool PrepareDatabase, bool HealthCheck, string[] HostArgs)
{
    public const string PrepareDatabaseSwitch = "--prepare-database";
    public const string HealthCheckSwitch = "--health-check";

    public static CommandLine Parse(string[] args) => new(
        args.Contains(PrepareDatabaseSwitch),
        args.Contains(HealthCheckSwitch),
        args.Where(a => a is not (PrepareDatabaseSwitch or HealthCheckSwitch)).ToArray());
}
