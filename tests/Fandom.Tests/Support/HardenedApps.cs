namespace Fandom.Tests.Support;

/// <summary>
/// The setup the link tests share: mail to <see cref="FandomApp.Smtp"/>, the public address <c>http://fandom.example</c>,
/// and every <c>Host</c> let in (<c>AllowedHosts</c> <c>*</c>), so that a forged host reaches the pages and their
/// links can be seen not to follow it.
/// </summary>
public static class HardenedAppSetup
{
    public const string PublicBaseUrl = "http://fandom.example";

    public static AppSetup EveryHostLetIn { get; } = new(PublicBaseUrl, SendsMail: true, AllowedHosts: "*");
}

public sealed class HardenedSqliteApp : SqliteApp
{
    protected override AppSetup Setup => HardenedAppSetup.EveryHostLetIn;
}

public sealed class HardenedPostgresApp : PostgresApp
{
    protected override AppSetup Setup => HardenedAppSetup.EveryHostLetIn;
}
