using System.Globalization;

namespace CrampInfo.Web.Articles;

/// <summary>
/// One food of the food table in one of its household portions, with the potassium that portion holds.
/// Every food figure on the article pages is one of these, read from the database.
/// </summary>
public sealed record FoodPortionFigure(
    string Ndb, string Description, string FoodGroup, double PotassiumMgPer100g, int Seq, double Amount, string Measure, double Grams)
{
    /// <summary>Potassium in the portion, unrounded: mg per 100 g x grams / 100.</summary>
    public double PotassiumMg => PotassiumMgPer100g * Grams / 100;

    /// <summary>Potassium in the portion in whole mg, half away from zero (as the calculator rounds).</summary>
    public int RoundedMg => Rounding.WholeMg(PotassiumMg);

    /// <summary>The portion as the food table lists it, e.g. "1 medium (7" to 7-7/8" long)".</summary>
    public string Portion => $"{FormatAmount(Amount)} {Measure}";

    /// <summary>The portion's weight, e.g. "118 g" or "9.5 g".</summary>
    public string Weight => Grams.ToString("#,##0.#", CultureInfo.InvariantCulture) + " g";

    /// <summary>Share of a daily amount, in whole percent, from the unrounded figure.</summary>
    public int PercentOf(int dailyMg) => Rounding.WholePercent(PotassiumMg, dailyMg);

    static string FormatAmount(double amount) => amount switch
    {
        0.25 => "¼",
        0.5 => "½",
        0.75 => "¾",
        _ => amount.ToString("#,##0.##", CultureInfo.InvariantCulture),
    };
}

/// <summary>How the site rounds: whole numbers, half away from zero (1.5 becomes 2), from unrounded sums.</summary>
public static class Rounding
{
    public static int WholeMg(double mg) => (int)Math.Round(mg, MidpointRounding.AwayFromZero);

    public static int WholePercent(double part, double whole) => (int)Math.Round(part / whole * 100, MidpointRounding.AwayFromZero);

    /// <summary>A whole number as pages write it: "2,600".</summary>
    public static string Format(int value) => value.ToString("#,##0", CultureInfo.InvariantCulture);
}
