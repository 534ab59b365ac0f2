namespace CrampInfo.Web.Infobutton;

/// <summary>
/// A page of this site that a code can lead to, with the title and summary a feed entry and the landing page
/// give it. <paramref name="OffersCalculator"/>: the low-potassium and leg-cramp pages, beside which a
/// calculator link is offered (never beside high potassium or a medicine).
/// </summary>
public sealed record Topic(string Path, string Title, string Summary, bool OffersCalculator);

/// <summary>The pages codes can lead to (paths and anchors fixed by the public interface), in the order the landing page lists them.</summary>
public static class Topics
{
    public static readonly Topic LowPotassium = new("/hypokalemia", "Low and high potassium",
        "What low blood potassium (hypokalemia) is, its signs and causes, and when it is an emergency. The page also covers high potassium.",
        OffersCalculator: true);

    public static readonly Topic HighPotassium = new("/hypokalemia#high-potassium", "High potassium (hyperkalemia)",
        "Who is at risk of too much potassium in the blood, why it often gives no warning, and when it is an emergency.",
        OffersCalculator: false);

    public static readonly Topic LegCramps = new("/treatment", "Treating leg cramps",
        "What helps leg cramps, what the studies say about potassium, magnesium and quinine, and when to see a doctor.",
        OffersCalculator: true);

    public static readonly Topic Quinine = new("/treatment#quinine", "Quinine and leg cramps",
        "Why the FDA warns against quinine for leg cramps, and what helps instead.",
        OffersCalculator: false);

    public static readonly Topic Supplements = new("/food-sources#supplements", "Potassium pills and supplements",
        "How much potassium supplements hold, why stronger pills need a prescription, and who should ask a doctor first.",
        OffersCalculator: false);

    public static readonly IReadOnlyList<Topic> All = [LowPotassium, HighPotassium, LegCramps, Quinine, Supplements];

    public static Topic? ForPath(string path) => All.FirstOrDefault(t => t.Path == path);

    public const string CalculatorTitle = "Daily potassium calculator";
    public const string CalculatorSummary = "Add up the potassium in what you ate today and compare it with the amount advised for you.";
}
