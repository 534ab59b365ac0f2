using System.Globalization;
using System.Text.RegularExpressions;
using CrampInfo.Web.Data;
using CrampInfo.Web.Delivery;
using CrampInfo.Web.Pages.Calculator;
using CrampInfo.Web.Search;

namespace CrampInfo.Web.Api;

/// <summary>The JSON API of the public interface: open to read from any origin, no key, problem details for every error.</summary>
public static partial class ApiEndpoints
{
    public const string CorsPolicy = "api-read";

    public static IServiceCollection AddCrampInfoApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader()));
        return services;
    }

    public static WebApplication MapCrampInfoApi(this WebApplication app)
    {
        app.MapOpenApi();
        var api = app.MapGroup("/api").RequireCors(CorsPolicy).WithServerTiming();
        api.MapGet("/foods", SearchFoods).WithName("SearchFoods")
            .Produces<FoodSearchJson>().ProducesValidationProblem()
            .WithSummary("Foods matching q by everyday name, synonym or USDA description (typos and first letters too), best match first: everyday foods in the form they are eaten before others. didYouMean offers everyday names when nothing matches.");
        api.MapGet("/foods/{ndb}", GetFood).WithName("GetFood")
            .Produces<FoodJson>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One food by its 5-digit USDA SR28 number, with its household portions.");
        api.MapGet("/intake", CalculateIntake).WithName("CalculateIntake")
            .WithSummary("The day's potassium, magnesium and sodium for the calculator's query string, against the person's Adequate Intake or a clinician's limit.");
        api.MapGet("/reference-intakes", GetReferenceIntakes).WithName("GetReferenceIntakes")
            .Produces<ReferenceIntakesJson>()
            .WithSummary("The 2019 Adequate Intakes for potassium (NASEM).");
        return app;
    }

    static async Task<IResult> SearchFoods(string? q, string? limit, FoodSearch search, ReferenceData reference, CancellationToken cancellationToken)
    {
        var count = FoodSearch.DefaultLimit;
        // Digits only: int.TryParse would also take trailing null characters ("5\0").
        if (limit is not null && (!limit.All(char.IsAsciiDigit) || !int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > FoodSearch.MaxLimit))
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"limit {CalculatorInputValidator.Quote(limit)} must be a whole number from 1 to {FoodSearch.MaxLimit}."],
            });
        var query = q ?? "";
        if (!FoodSearch.CanSearch(query))
            return Results.Ok(new FoodSearchJson(query, [], [], $"Type at least {FoodSearch.MinQueryLength} letters of a food's name, for example banana."));
        var featured = await FeaturedNdbs(reference, cancellationToken);
        var found = search.Search(query, count);
        return Results.Ok(new FoodSearchJson(query, found.Foods.Select(f => FoodJson.From(f, featured.Contains(f.Ndb))).ToList(), found.DidYouMean, null));
    }

    static async Task<IResult> GetFood(string ndb, FoodTable table, ReferenceData reference, CancellationToken cancellationToken)
    {
        var food = NdbPattern().IsMatch(ndb) ? table.Find(ndb) : null;
        if (food is null)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such food",
                detail: NdbPattern().IsMatch(ndb)
                    ? $"There is no food number {ndb} in the food table."
                    : "A food number is exactly 5 digits, for example 09040.");
        return Results.Ok(FoodJson.From(food, (await FeaturedNdbs(reference, cancellationToken)).Contains(food.Ndb)));
    }

    static async Task<IResult> CalculateIntake(HttpContext context, CalculatorEvaluator evaluator, CancellationToken cancellationToken)
    {
        var outcome = await evaluator.EvaluateAsync(context.Request.Query, cancellationToken);
        return outcome.HasErrors
            ? Results.ValidationProblem(outcome.ErrorsByParameter(), title: "Some values in the query string are not valid")
            : Results.Ok(IntakeJson.From(outcome.Result));
    }

    static async Task<IResult> GetReferenceIntakes(ReferenceData reference, CancellationToken cancellationToken) =>
        Results.Ok(ReferenceIntakesJson.From(await reference.AdequateIntakesAsync(cancellationToken)));

    static async Task<HashSet<string>> FeaturedNdbs(ReferenceData reference, CancellationToken cancellationToken) =>
        (await reference.FeaturedFoodsAsync(cancellationToken)).Select(f => f.Food.Ndb).ToHashSet();

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex NdbPattern();
}
