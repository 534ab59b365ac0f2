namespace CrampInfo.Web.Intake;

/// <summary>A published figure that is not a row of the shipped data, with the source it comes from.</summary>
/// <param name="SourceKey">The key of the source in <c>Site.Sources</c>, which numbers it on /references.</param>
public sealed record ReferenceFigure(double Value, string Unit, string What, string SourceKey)
{
    /// <summary>The figure as pages write it: "4,700 mg", "3.5 mmol/L", "6.0 mmol/L", "60%". Blood levels keep
    /// their one decimal place, as laboratories and the sources print them.</summary>
    public string Display =>
        Value.ToString(Unit == "mmol/L" ? "0.0" : "#,##0.##", System.Globalization.CultureInfo.InvariantCulture) + (Unit == "%" ? "%" : " " + Unit);
}

/// <summary>
/// The one place for reference figures the pages and the calculator quote (the public interface asks for
/// exactly one). Pages render them from here, so a correction is made once.
/// </summary>
public static class ReferenceFigures
{
    /// <summary>The food and supplement label Daily Value since 2016: the article's "4,700 mg", no longer the recommended intake.</summary>
    public static readonly ReferenceFigure DailyValueMg =
        new(4700, "mg", "Daily Value for potassium on food and supplement labels (adults and children 4 and over)", "fda-daily-value");

    /// <summary>The 2004 Adequate Intake for everyone 14 and over (pregnancy included), replaced in 2019.</summary>
    public static readonly ReferenceFigure AdequateIntake2004Mg =
        new(4700, "mg", "Adequate Intake for adults from 2004 to 2019", "iom-2004");

    /// <summary>The age from which the 2004 Adequate Intake was the same 4,700 mg for everyone.</summary>
    public static readonly ReferenceFigure AdequateIntake2004FromAgeYears =
        new(14, "years", "age from which the 2004 Adequate Intake was 4,700 mg for everyone, pregnancy included", "iom-2004");

    /// <summary>The 2004 Adequate Intake while breastfeeding, the one 2004 figure for ages 14 and over that was not 4,700 mg.</summary>
    public static readonly ReferenceFigure AdequateIntake2004BreastfeedingMg =
        new(5100, "mg", "Adequate Intake while breastfeeding from 2004 to 2019", "iom-2004");

    /// <summary>Over-the-counter supplements stop below 100 mg, where prescription labelling starts.</summary>
    public static readonly ReferenceFigure OverTheCounterMaxMg =
        new(99, "mg", "most potassium in an over-the-counter supplement tablet", "cfr-201-306");

    /// <summary>One milliequivalent of potassium (the atomic mass, 39.098, rounded as prescribers use it).</summary>
    public static readonly ReferenceFigure MgPerMeq =
        new(39.1, "mg", "potassium in 1 mEq", "ciaaw-potassium");

    /// <summary>The standard atomic weight of potassium (CIAAW), in grams per mole.</summary>
    public static readonly ReferenceFigure PotassiumAtomicWeight =
        new(39.098, "g/mol", "atomic weight of potassium", "ciaaw-potassium");

    /// <summary>
    /// Potassium chloride's formula weight: potassium 39.098 plus chlorine's conventional atomic weight, 35.453
    /// (CIAAW). Prescription labels give a tablet's weight of potassium chloride, not of potassium.
    /// </summary>
    public static readonly ReferenceFigure PotassiumChlorideFormulaWeight =
        new(74.551, "g/mol", "formula weight of potassium chloride (KCl)", "ciaaw-chlorine");

    /// <summary>
    /// The share of potassium chloride's weight that is potassium (39.098 / 74.551, about 52.44%): "potassium
    /// chloride 1,500 mg" is 787 mg of potassium. The one definition of the conversion.
    /// </summary>
    public static decimal PotassiumShareOfPotassiumChloride =>
        (decimal)PotassiumAtomicWeight.Value / (decimal)PotassiumChlorideFormulaWeight.Value;

    /// <summary>Milligrams of potassium in one mEq, as a decimal for the calculator's arithmetic (39.1).</summary>
    public static decimal MgPerMeqDecimal => (decimal)MgPerMeq.Value;

    /// <summary>Hypokalemia: serum potassium below this.</summary>
    public static readonly ReferenceFigure HypokalemiaBelowMmolPerL =
        new(3.5, "mmol/L", "blood potassium below which it is called low (hypokalemia)", "msd-hypokalemia");

    /// <summary>Severe hypokalemia, a medical emergency: serum potassium below this.</summary>
    public static readonly ReferenceFigure SevereHypokalemiaBelowMmolPerL =
        new(2.5, "mmol/L", "blood potassium below which low potassium is severe and an emergency", "mayo-low-potassium");

    /// <summary>High blood potassium (hyperkalemia): above the top of the healthy range, as the source gives it.</summary>
    public static readonly ReferenceFigure HyperkalemiaAboveMmolPerL =
        new(5.2, "mmol/L", "blood potassium above which it is higher than healthy (hyperkalemia)", "mayo-hyperkalemia");

    /// <summary>High potassium that the same source calls a danger, most often needing treatment right away.</summary>
    public static readonly ReferenceFigure DangerousHyperkalemiaAboveMmolPerL =
        new(6.0, "mmol/L", "blood potassium above which high potassium can be a danger and most often needs treatment right away", "mayo-hyperkalemia");

    /// <summary>Sodium in a portion that food labels call high: 20% of the 2,300 mg Daily Value or more.</summary>
    public static readonly ReferenceFigure HighSodiumPerPortionMg =
        new(460, "mg", "sodium in one serving from which the label's % Daily Value calls it high (20% of 2,300 mg)", "fda-daily-value");

    /// <summary>Potassium tablets from this strength up need prescription labelling (the reason shop tablets stop at 99 mg).</summary>
    public static readonly ReferenceFigure PrescriptionLabellingFromMg =
        new(100, "mg", "potassium per tablet from which prescription labelling is required", "cfr-201-306");

    // Figures the article pages quote, each with the source that gives it.

    /// <summary>How many times more potassium there is inside cells than outside them.</summary>
    public static readonly ReferenceFigure PotassiumInsideVersusOutsideCells =
        new(30, "times", "potassium inside cells compared with outside them", "lpi-potassium");

    /// <summary>Share of the potassium in food that the gut absorbs.</summary>
    public static readonly ReferenceFigure DietaryPotassiumAbsorbedPercent =
        new(90, "%", "share of dietary potassium that is absorbed", "ods-potassium");

    /// <summary>Adults who report night-time leg cramps: up to this share.</summary>
    public static readonly ReferenceFigure AdultsWithNightCrampsUpToPercent =
        new(60, "%", "adults who report night-time leg cramps (at most)", "aafp-2012");

    /// <summary>Trials in the 2020 Cochrane review of magnesium for cramps.</summary>
    public static readonly ReferenceFigure MagnesiumReviewTrials =
        new(11, "trials", "trials in the 2020 Cochrane review of magnesium for muscle cramps", "cochrane-2020-magnesium");

    /// <summary>People in those trials.</summary>
    public static readonly ReferenceFigure MagnesiumReviewPeople =
        new(735, "people", "people in the trials of the 2020 Cochrane review of magnesium for muscle cramps", "cochrane-2020-magnesium");

    /// <summary>A cramp lasting longer than this needs an urgent appointment.</summary>
    public static readonly ReferenceFigure CrampUrgentAfterMinutes =
        new(10, "minutes", "length of a cramp after which to ask for an urgent appointment", "nhs-leg-cramps");

    /// <summary>Children who have night leg cramps (about this share).</summary>
    public static readonly ReferenceFigure ChildrenWithNightCrampsPercent =
        new(7, "%", "children who have night leg cramps (about)", "aafp-2012");

    /// <summary>A common prescription tablet's potassium chloride, as its label prints the weight of the salt...</summary>
    public static readonly ReferenceFigure PotassiumChlorideTabletMg =
        new(750, "mg", "potassium chloride in one 10 mEq extended-release tablet", "fda-potassium-chloride-label");

    /// <summary>...and the same tablet's strength in mEq, so a page can show how much of the salt is potassium.</summary>
    public static readonly ReferenceFigure PotassiumChlorideTabletMeq =
        new(10, "mEq", "potassium in one such tablet", "fda-potassium-chloride-label");

    /// <summary>Potassium lost when peeled potato cubes are boiled.</summary>
    public static readonly ReferenceFigure PotatoCubesBoiledPotassiumLostPercent =
        new(50, "%", "potassium lost when cubes of potato are boiled", "bethke-2008");

    /// <summary>Potassium lost when shredded potato is boiled.</summary>
    public static readonly ReferenceFigure PotatoShreddedBoiledPotassiumLostPercent =
        new(75, "%", "potassium lost when shredded potato is boiled", "bethke-2008");

    /// <summary>Share of the Daily Value an over-the-counter tablet holds, in percent (about 2).</summary>
    public static double OverTheCounterShareOfDailyValuePercent => OverTheCounterMaxMg.Value / DailyValueMg.Value * 100;
}
