namespace CrampInfo.Web.Intake;

/// <summary>A published figure that is not a row of the shipped data, with the source it comes from.</summary>
/// <param name="SourceKey">The key of the source in <c>Site.Sources</c>, which numbers it on /references.</param>
public sealed record ReferenceFigure(double Value, string Unit, string What, string SourceKey);

/// <summary>
/// The one place for reference figures the pages and the calculator quote (the public interface asks for
/// exactly one). Pages render them from here, so a correction is made once.
/// </summary>
public static class ReferenceFigures
{
    /// <summary>The food and supplement label Daily Value since 2016: the article's "4,700 mg", no longer the recommended intake.</summary>
    public static readonly ReferenceFigure DailyValueMg =
        new(4700, "mg", "Daily Value for potassium on food and supplement labels (adults and children 4 and over)", "fda-daily-value");

    /// <summary>The 2004 Adequate Intake for everyone 14 and over, replaced in 2019.</summary>
    public static readonly ReferenceFigure AdequateIntake2004Mg =
        new(4700, "mg", "Adequate Intake for adults from 2004 to 2019", "iom-2004");

    /// <summary>Over-the-counter supplements stop below 100 mg, where prescription labelling starts.</summary>
    public static readonly ReferenceFigure OverTheCounterMaxMg =
        new(99, "mg", "most potassium in an over-the-counter supplement tablet", "cfr-201-306");

    /// <summary>One milliequivalent of potassium (the atomic mass, 39.098, rounded as prescribers use it).</summary>
    public static readonly ReferenceFigure MgPerMeq =
        new(39.1, "mg", "potassium in 1 mEq", "ciaaw-potassium");

    /// <summary>Hypokalemia: serum potassium below this.</summary>
    public static readonly ReferenceFigure HypokalemiaBelowMmolPerL =
        new(3.5, "mmol/L", "blood potassium below which it is called low (hypokalemia)", "msd-hypokalemia");

    /// <summary>Severe hypokalemia, a medical emergency: serum potassium below this.</summary>
    public static readonly ReferenceFigure SevereHypokalemiaBelowMmolPerL =
        new(2.5, "mmol/L", "blood potassium below which low potassium is severe and an emergency", "mayo-low-potassium");

    /// <summary>Share of the Daily Value an over-the-counter tablet holds, in percent (about 2).</summary>
    public static double OverTheCounterShareOfDailyValuePercent => OverTheCounterMaxMg.Value / DailyValueMg.Value * 100;
}
