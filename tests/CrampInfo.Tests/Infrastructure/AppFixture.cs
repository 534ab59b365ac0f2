namespace CrampInfo.Tests.Infrastructure;

/// <summary>One started app with a loaded database, shared by the tests that only read.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public CrampInfoFactory Factory { get; } = new();
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
