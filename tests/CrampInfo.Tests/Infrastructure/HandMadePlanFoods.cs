using CrampInfo.Tests.Calculator;
using CrampInfo.Web.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrampInfo.Tests.Infrastructure;

/// <summary>
/// A small hand-made stand-in for the everyday-foods list's plan foods (real SR28 foods and portions, everyday
/// names, in the list's order of groups), so the page, the API and the browser tests see plans whose foods
/// they know. The real list is tested by its own tests.
/// </summary>
public static class HandMadePlanFoods
{
    static Food Food(string ndb, int seq, string name, int position, bool rich = true, bool dried = false)
    {
        var food = OnePass.Food(ndb)!;
        return new Food
        {
            Ndb = food.Ndb, Description = food.Description, FoodGroup = food.FoodGroup, PotassiumMgPer100g = food.PotassiumMgPer100g,
            MagnesiumMgPer100g = food.MagnesiumMgPer100g, SodiumMgPer100g = food.SodiumMgPer100g, Portions = food.Portions,
            Everyday = new EverydayFood
            {
                Ndb = ndb, Position = position, Group = dried ? EverydayFood.DriedFruitGroup : "fruit", Name = name, PlanSeq = seq, PotassiumRich = rich,
            },
        };
    }

    public static readonly PlanCandidates Candidates = new(
    [
        Food("09040", 5, "Bananas", 0),
        Food("09200", 4, "Oranges", 1),
        Food("09037", 1, "Avocados", 2),
        Food("09298", 4, "Raisins", 3, dried: true),
        Food("11674", 3, "Potatoes, baked, with skin", 4),
        Food("11458", 1, "Spinach, cooked", 5),
        Food("16070", 1, "Lentils, cooked", 6),
        Food("01079", 1, "Milk, 2%", 7),
        Food("01117", 4, "Yogurt, plain, low fat", 8),
        Food("15237", 1, "Salmon, baked", 9),
        Food("09021", 3, "Apricots", 10, rich: false), // 91 mg a portion: not potassium-rich, never a candidate
    ]);

    /// <summary>Puts these candidates in the app in place of its own.</summary>
    public static void Use(IServiceCollection services)
    {
        services.RemoveAll<PlanCandidates>();
        services.AddSingleton(Candidates);
    }
}

/// <summary>One app with <see cref="HandMadePlanFoods"/>, shared by the tests that read its plans.</summary>
public sealed class PlanAppFixture : IAsyncLifetime
{
    readonly AppFixture app = new(new CrampInfoFactory().WithServices(HandMadePlanFoods.Use));

    public HttpClient Client => app.Client;

    public ValueTask InitializeAsync() => app.InitializeAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class PlanAppCollection : ICollectionFixture<PlanAppFixture>
{
    public const string Name = "app with hand-made plan foods";
}
