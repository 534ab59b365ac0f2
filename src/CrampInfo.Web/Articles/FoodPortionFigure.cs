using System.Globalization;
using CrampInfo.Web.Intake;

namespace CrampInfo.Web.Articles;

/// <summary>
/// One food of the food table in one of its household portions, with the potassium that portion holds.
/// Every food figure on the article pages is one of these, read from the database.
/// </summary>
public sealed record FoodPortionFigure(
    string Ndb, string Description, string FoodGroup, double PotassiumMgPer100g, int Seq, double Amount, string Measure, double Grams)
{
    /// <summary>Potassium in the portion, unrounded: mg per 100 g x grams / 100, by the calculator's own arithmetic.</summary>
    public decimal PotassiumMg => IntakeCalculator.Per100g((decimal)PotassiumMgPer100g, (decimal)Grams);

    /// <summary>Potassium in the portion in whole mg, half away from zero (as the calculator rounds).</summary>
    public long RoundedMg => Rounding.Whole(PotassiumMg);

    /// <summary>The portion as the food table lists it, e.g. "1 medium (7" to 7-7/8" long)" (written the one way every page writes portions).</summary>
    public string Portion => Data.PortionLabel.WithAmount(Amount, Measure);

    /// <summary>The portion's weight, e.g. "118 g" or "9.5 g".</summary>
    public string Weight => Grams.ToString("#,##0.#", CultureInfo.InvariantCulture) + " g";

    /// <summary>Share of a daily amount, in whole percent, from the unrounded figure.</summary>
    public long PercentOf(int dailyMg) => Rounding.Whole(PotassiumMg / dailyMg * 100);

}
