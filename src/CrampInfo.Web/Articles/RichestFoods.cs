using System.Text.RegularExpressions;
using CrampInfo.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CrampInfo.Web.Articles;

/// <summary>
/// "The foods richest in potassium per common household portion" on /food-sources: the portions of the whole
/// food table that hold the most potassium, among portions a person eats at one sitting. The public interface
/// fixes the frame (a listed household measure of at most about 250 g; no spices, herbs, leavening agents,
/// whole-animal or whole-ham measures). The other rules below come from reading the table: without them the
/// top of the list is dry beans, milk powder, 8-ounce bags of crisps and cups of hot sauce, none of which
/// anyone eats as listed. /food-sources states these rules in plain words; keep the two in step.
/// </summary>
public static partial class RichestFoods
{
    /// <summary>How many foods the list shows.</summary>
    public const int Count = 15;

    /// <summary>A one-sitting portion: a listed household measure of at most this weight.</summary>
    public const double MaxPortionGrams = 250;

    /// <summary>Nuts, seeds and dried fruit: a cup is several servings, so only measures up to a handful count.</summary>
    public const double MaxDenseFoodPortionGrams = 50;

    /// <summary>Food groups left out: not eaten for their own sake, or made for someone else (babies), or a
    /// named chain's or a restaurant's dish rather than a food.</summary>
    public static readonly IReadOnlySet<string> ExcludedGroups = new HashSet<string>(StringComparer.Ordinal)
    {
        "Spices and Herbs", "Baby Foods", "Fast Foods", "Restaurant Foods", "Sweets", "Snacks",
    };

    /// <summary>
    /// The richest portions, one per kind of food (the first part of its USDA name, so cooked beans appear
    /// once, not ten times), richest first; ties in order of food number and portion.
    /// </summary>
    public static async Task<IReadOnlyList<FoodPortionFigure>> TopAsync(CrampInfoDb db, int count, CancellationToken cancellationToken)
    {
        // SQLite sorts all portions of at most 250 g by potassium; the rules then walk down the list
        // until enough kinds of food are found (a few hundred rows).
        var candidates = db.Portions
            .Where(p => p.Grams <= MaxPortionGrams)
            .Join(db.Foods, p => p.Ndb, f => f.Ndb, (p, f) => new { Portion = p, Food = f })
            .OrderByDescending(x => x.Food.PotassiumMgPer100g * x.Portion.Grams)
            .ThenBy(x => x.Food.Ndb).ThenBy(x => x.Portion.Seq)
            .Select(x => new FoodPortionFigure(x.Food.Ndb, x.Food.Description, x.Food.FoodGroup, x.Food.PotassiumMgPer100g,
                x.Portion.Seq, x.Portion.Amount, x.Portion.Measure, x.Portion.Grams))
            .AsAsyncEnumerable();

        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var top = new List<FoodPortionFigure>(count);
        await foreach (var figure in candidates.WithCancellation(cancellationToken))
        {
            if (ExclusionReason(figure) is not null || !kinds.Add(KindOf(figure.Description))) continue;
            top.Add(figure);
            if (top.Count == count) break;
        }
        return top;
    }

    /// <summary>The kind of food: the first part of the USDA name, before its first comma ("Beans", "Potatoes").</summary>
    public static string KindOf(string description) => description.Split(',', 2)[0].Trim().ToLowerInvariant();

    /// <summary>Why a portion is not on the list, or null when it may be.</summary>
    public static string? ExclusionReason(FoodPortionFigure portion)
    {
        var (group, description, measure) = (portion.FoodGroup, portion.Description, portion.Measure);
        var fruitOrNuts = group is "Fruits and Fruit Juices" or "Nut and Seed Products";

        if (portion.Grams > MaxPortionGrams) return "more than one sitting's portion";
        if (ExcludedGroups.Contains(group)) return $"food group left out: {group}";
        if (description.StartsWith("Leavening agents", StringComparison.OrdinalIgnoreCase)) return "leavening agent";
        if (WholeAnimalMeasure().IsMatch(measure)) return "whole-animal or whole-ham measure";
        if (PackageMeasure().IsMatch(measure)) return "a whole package, not a portion";
        if (AddedPotassium().IsMatch(description))
            return "reduced-sodium or enhanced product: its extra potassium is added potassium salt";
        if (BrandName().Matches(description).Any(m => m.Value != "USDA")) return "brand-name product";

        foreach (Match word in NotAsEaten().Matches(description))
        {
            var w = word.Value.ToLowerInvariant();
            if (fruitOrNuts && w is "dry" or "dried" or "dehydrated" or "uncooked") continue; // eaten as they are
            if (w == "dry" && DryCooking().IsMatch(description)) continue;                // "dry heat", "dry roasted"
            return $"not eaten as listed ({w})";
        }
        if (RawWord().IsMatch(description) && !fruitOrNuts) return "raw form of a food that is eaten cooked";
        if (group == "Cereal Grains and Pasta" && !CookedWord().IsMatch(description)) return "uncooked grain or pasta";
        if (IsDense(portion) && portion.Grams > MaxDenseFoodPortionGrams) return "a cup of nuts, seeds or dried fruit is several servings";
        return null;
    }

    /// <summary>Nuts, seeds, peanuts, soy nuts, dried fruit, wheat germ and bran: much potassium in little weight.</summary>
    public static bool IsDense(FoodPortionFigure portion) =>
        portion.FoodGroup == "Nut and Seed Products"
        || (portion.FoodGroup == "Fruits and Fruit Juices" && DriedFruit().IsMatch(portion.Description) && !Stewed().IsMatch(portion.Description))
        || NutLike().IsMatch(portion.Description);

    [GeneratedRegex(@"yield from|\bbird\b|\bchicken\b|\bturkey\b|\bham\b|carcass|whole animal", RegexOptions.IgnoreCase)]
    private static partial Regex WholeAnimalMeasure();

    [GeneratedRegex(@"\b(package|pkg|bag|can|jar|bottle|envelope|carton)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PackageMeasure();

    [GeneratedRegex(@"\b(low|reduced|less|lower)[ -]sodium\b|salt substitute|added solution", RegexOptions.IgnoreCase)]
    private static partial Regex AddedPotassium();

    // SR28 writes brand names in capitals ("CAMPBELL'S", "PLANTERS"); "USDA" marks commodity foods, not a brand.
    [GeneratedRegex(@"\b[A-Z][A-Z'&]{2,}\b")]
    private static partial Regex BrandName();

    [GeneratedRegex(@"\b(dry|dried|dehydrated|powder|powdered|flour|meal|mix|unprepared|uncooked|concentrate|concentrated|condensed|crude|leavening|sauce|gravy|paste|puree|extract|spread|syrup|extender)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAsEaten();

    [GeneratedRegex(@"\bdry[ -](heat|roasted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DryCooking();

    [GeneratedRegex(@"\braw\b", RegexOptions.IgnoreCase)]
    private static partial Regex RawWord();

    [GeneratedRegex(@"\bcooked\b", RegexOptions.IgnoreCase)]
    private static partial Regex CookedWord();

    [GeneratedRegex(@"\b(dried|dehydrated|prunes|raisins|dates|currants)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DriedFruit();

    [GeneratedRegex(@"\b(stewed|cooked)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stewed();

    [GeneratedRegex(@"^peanut|^soybeans, mature seeds, (dry )?roasted|wheat germ|\bbran\b", RegexOptions.IgnoreCase)]
    private static partial Regex NutLike();
}
