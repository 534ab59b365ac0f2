namespace CrampInfo.Web.Intake;

/// <summary>A food of the food table in one of its household portions: <c>ndb</c> and the portion's <c>seq</c>.</summary>
public sealed record FoodPortionRef(string Ndb, int Seq);

/// <summary>
/// The five foods the source article names, each in its common portion. The article pages always speak of
/// these; a clinic's FeaturedFoods setting changes only the calculator's quick-add buttons and suggestions.
/// </summary>
public static class ArticleFoods
{
    public static readonly FoodPortionRef Banana = new("09040", 5);          // 1 medium, 118 g
    public static readonly FoodPortionRef BakedPotato = new("11674", 3);     // 1 potato medium, 173 g
    public static readonly FoodPortionRef Plum = new("09279", 2);            // 1 fruit, 66 g
    public static readonly FoodPortionRef Raisins = new("09298", 4);         // 1 small box (1.5 oz), 43 g
    public static readonly FoodPortionRef Prune = new("09291", 2);           // 1 prune, pitted, 9.5 g

    public static readonly IReadOnlyList<FoodPortionRef> All = [Banana, BakedPotato, Plum, Raisins, Prune];
}
