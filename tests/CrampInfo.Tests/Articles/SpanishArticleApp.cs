using CrampInfo.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CrampInfo.Tests.Articles;

/// <summary>
/// The app with every page rendered in es-US, for the Spanish article tests while the /es plumbing is built
/// elsewhere: view localization (so <c>_Prose.es.cshtml</c> is chosen for Spanish) and a UI culture of es-US for
/// every request. Once <c>/es</c> serves the Spanish pages, these tests should read <c>/es</c> + the path from the
/// real app instead, and this fixture goes. <see cref="English"/> is the app as it is, for comparisons.
/// </summary>
public sealed class SpanishArticleApp : IAsyncLifetime
{
    static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");

    readonly AppFixture app = new(new CrampInfoFactory().WithServices(services =>
    {
        services.AddRazorPages().AddViewLocalization();
        services.AddTransient<IStartupFilter, SpanishForEveryRequest>();
    }));

    readonly AppFixture english = new();

    public HttpClient Client => app.Client;

    public HttpClient English => english.Client;

    public async ValueTask InitializeAsync()
    {
        await app.InitializeAsync();
        await english.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await english.DisposeAsync();
    }

    sealed class SpanishForEveryRequest : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use(async (context, following) =>
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Spanish;
                await following(context);
            });
            next(builder);
        };
    }
}

[CollectionDefinition(Name)]
public sealed class SpanishArticleCollection : ICollectionFixture<SpanishArticleApp>
{
    public const string Name = "spanish-articles";
}
