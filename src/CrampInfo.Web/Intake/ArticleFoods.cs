namespace CrampInfo.Web.Intake;

/// <summary>
/// A food of the food table in one of its household portions: <c>ndb</c> and the portion's <c>seq</c>, with
/// what a person calls one and several of it ("medium banana", "medium bananas") where we know. The article's
/// five foods, and each of a clinic's featured foods (the <c>FeaturedFoods</c> setting), are one of these.
/// </summary>
public sealed record FoodPortionRef(string Ndb, int Seq, string? Name = null, string? PluralName = null);

/// <summary>
/// The five foods the source article names, each in its common portion. The article pages always speak of
/// these; a clinic's FeaturedFoods setting changes only the calculator's quick-add buttons.
/// </summary>
public static class ArticleFoods
{
    public static readonly FoodPortionRef Banana = new("09040", 5, "medium banana", "medium bananas");              // 118 g
    public static readonly FoodPortionRef BakedPotato = new("11674", 3, "medium baked potato with skin", "medium baked potatoes with skin"); // 173 g
    public static readonly FoodPortionRef Plum = new("09279", 2, "fresh plum", "fresh plums");                       // 66 g
    public static readonly FoodPortionRef Raisins = new("09298", 4, "small box of raisins", "small boxes of raisins"); // 1.5 oz, 43 g
    public static readonly FoodPortionRef Prune = new("09291", 2, "prune (dried plum)", "prunes (dried plums)");     // pitted, 9.5 g

    public static readonly IReadOnlyList<FoodPortionRef> All = [Banana, BakedPotato, Plum, Raisins, Prune];
}
