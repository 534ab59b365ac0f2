namespace CrampInfo.Tests.Infrastructure;

/// <summary>
/// One started app with a loaded database and a client that does not follow redirects: shared by the tests
/// that only read (as a collection fixture), or made by a test class for an app with settings of its own.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public AppFixture() : this(new CrampInfoFactory()) { }

    /// <summary>For a test class's own app (xUnit wants one public constructor on a fixture).</summary>
    internal AppFixture(CrampInfoFactory factory) => Factory = factory;

    public CrampInfoFactory Factory { get; }
    public HttpClient Client { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
