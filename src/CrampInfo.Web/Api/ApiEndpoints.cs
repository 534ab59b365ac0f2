using System.Globalization;
using CrampInfo.Web.Data;
using CrampInfo.Web.Delivery;
using CrampInfo.Web.Pages.Calculator;
using Microsoft.OpenApi;
using CrampInfo.Web.Search;

namespace CrampInfo.Web.Api;

/// <summary>The JSON API of the public interface: open to read from any origin, no key, problem details for every error.</summary>
public static class ApiEndpoints
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
            .WithSummary("The day's potassium, magnesium and sodium for the calculator's query string, against the person's Adequate Intake or a clinician's limit, with a plan of foods that would close the gap where one is safe.")
            .Produces<IntakeJson>()
            .ProducesValidationProblem()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Parameters ??= [];
                foreach (var (name, description) in IntakeParameters)
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = name, In = ParameterLocation.Query, Required = false, Description = description,
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    });
                return Task.CompletedTask;
            });
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
                ["limit"] = [$"limit {CalculatorMessages.Quote(limit)} must be a whole number from 1 to {FoodSearch.MaxLimit}."],
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
        var food = FoodNumber.IsValid(ndb) ? table.Find(ndb) : null;
        if (food is null)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such food",
                detail: FoodNumber.IsValid(ndb)
                    ? $"There is no food number {ndb} in the food table."
                    : "A food number is exactly 5 digits, for example 09040.");
        return Results.Ok(FoodJson.From(food, (await FeaturedNdbs(reference, cancellationToken)).Contains(food.Ndb)));
    }

    static async Task<IResult> CalculateIntake(HttpContext context, CalculatorEvaluator evaluator, CancellationToken cancellationToken)
    {
        var calculation = await evaluator.EvaluateAsync(context.Request.Query, cancellationToken);
        return calculation.HasErrors
            ? Results.ValidationProblem(calculation.ErrorsByParameter(), title: "Some values in the query string are not valid")
            : Results.Ok(IntakeJson.From(calculation.Result, calculation.Plan));
    }

    /// <summary>The query parameters of /api/intake, for the OpenAPI document (the handler reads the query string itself, once).</summary>
    static readonly (string Name, string Description)[] IntakeParameters =
    [
        (CalculatorParameters.Age, "Age in years, 0 to 120; decimals for infants (0.5 is six months)."),
        (CalculatorParameters.Sex, "female or male: selects the Adequate Intake from age 9 on."),
        (CalculatorParameters.Stage, "pregnant or lactating; only with sex=female and 14 <= age < 51."),
        (CalculatorParameters.Items, "Foods eaten, comma-separated NDB:PORTION:QUANTITY (USDA SR28 number, a portion's seq or g for grams, how many); may repeat. At most 30 items, each at most 5,000 g."),
        (CalculatorParameters.SupplementMg, "Potassium per tablet in mg, 1 to 2000 (99 is the usual over-the-counter strength); default 99 when only supplement-count is given."),
        (CalculatorParameters.SupplementMeq, "The same strength in mEq (39.1 mg each), 0.1 to 50."),
        (CalculatorParameters.SupplementKclMg, "The strength as the weight of potassium chloride, as prescription labels print it, 1 to 3700; potassium is 52.44% of it (K 39.098 / KCl 74.551). Give one of supplement-mg, supplement-meq, supplement-kcl-mg."),
        (CalculatorParameters.SupplementCount, "Tablets a day, 0 to 20; default 1 when only a strength is given."),
        (CalculatorParameters.LimitMg, "A daily potassium limit set by the person's clinician, 500 to 10000 mg: the day is measured against it (limitMg, overLimitMg) and no foods are suggested."),
        (CalculatorParameters.LimitMeq, "The same limit in mEq a day, 13 to 255 (39.1 mg per mEq); give limit-mg or limit-meq, not both."),
    ];

    static async Task<IResult> GetReferenceIntakes(ReferenceData reference, CancellationToken cancellationToken) =>
        Results.Ok(ReferenceIntakesJson.From(await reference.AdequateIntakesAsync(cancellationToken)));

    static async Task<HashSet<string>> FeaturedNdbs(ReferenceData reference, CancellationToken cancellationToken) =>
        (await reference.FeaturedFoodsAsync(cancellationToken)).Select(f => f.Food.Ndb).ToHashSet();

}
