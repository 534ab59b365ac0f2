namespace CrampInfo.Web.Site;

/// <summary>A source the site cites: the organisation's own page, with its date as published.</summary>
/// <param name="Year">The year it was published or last updated; null where the page gives none ("n.d.").</param>
/// <param name="Note">How we read it, where that is not the organisation's page itself.</param>
public sealed record Source(string Key, string Organisation, string Title, int? Year, string Url, string? Note = null)
{
    /// <summary>Its number on /references and in every citation, fixed by its place in <see cref="Sources.All"/>.</summary>
    public int Number => Sources.NumberOf(Key);
}

/// <summary>
/// Every source cited on the site, in the order /references lists them. Pages cite by key
/// (<c>Sources.Get("nasem-2019")</c>), so numbers follow the list and never need editing by hand.
/// </summary>
public static class Sources
{
    public static readonly IReadOnlyList<Source> All =
    [
        new("nasem-2019", "National Academies of Sciences, Engineering, and Medicine",
            "Dietary Reference Intakes for Sodium and Potassium (Summary Table S-1)", 2019,
            "https://www.ncbi.nlm.nih.gov/books/NBK545430/"),
        new("iom-2004", "Institute of Medicine (now the National Academies)",
            "Dietary Reference Intakes for Water, Potassium, Sodium, Chloride, and Sulfate", 2005,
            "https://nap.nationalacademies.org/catalog/10925"),
        new("fda-daily-value", "U.S. Food and Drug Administration",
            "Daily Value on the Nutrition and Supplement Facts Labels", 2024,
            "https://www.fda.gov/food/nutrition-facts-label/daily-value-nutrition-and-supplement-facts-labels"),
        new("cfr-201-306", "U.S. Food and Drug Administration (Code of Federal Regulations)",
            "21 CFR 201.306: Potassium salt preparations intended for oral ingestion by man", 2024,
            "https://www.ecfr.gov/current/title-21/chapter-I/subchapter-C/part-201/subpart-G/section-201.306"),
        new("ods-scoop-2018", "NIH Office of Dietary Supplements",
            "The Scoop: Potassium (Summer 2018)", 2018,
            "https://ods.od.nih.gov/News/The_Scoop_-_Summer_2018.aspx",
            "This page still gives the pre-2019 intake of 4,700 mg; we cite it only for what it says about supplements and safety."),
        new("ods-potassium", "NIH Office of Dietary Supplements",
            "Potassium: Fact Sheet for Health Professionals", null,
            "https://ods.od.nih.gov/factsheets/Potassium-HealthProfessional/"),
        new("ciaaw-potassium", "IUPAC Commission on Isotopic Abundances and Atomic Weights",
            "Atomic weight of potassium (39.098, so 1 mEq of potassium weighs 39.1 mg)", null,
            "https://www.ciaaw.org/potassium.htm"),
        new("msd-hypokalemia", "MSD Manual, Consumer Version",
            "Hypokalemia (Low Level of Potassium in the Blood)", null,
            "https://www.msdmanuals.com/home/hormonal-and-metabolic-disorders/electrolyte-balance/hypokalemia-low-level-of-potassium-in-the-blood"),
        new("mayo-low-potassium", "Mayo Clinic",
            "Low potassium (hypokalemia): definition and causes", 2020,
            "https://www.mayoclinic.org/symptoms/low-potassium/basics/definition/sym-20050632"),
        new("usda-sr28", "U.S. Department of Agriculture, Agricultural Research Service",
            "USDA National Nutrient Database for Standard Reference, Release 28 (published as SR Legacy in FoodData Central)", 2016,
            "https://fdc.nal.usda.gov/"),
    ];

    static readonly Dictionary<string, int> numbers =
        All.Select((source, index) => (source.Key, Number: index + 1)).ToDictionary(p => p.Key, p => p.Number);

    public static Source Get(string key) => All[NumberOf(key) - 1];

    public static int NumberOf(string key) =>
        numbers.TryGetValue(key, out var number) ? number : throw new KeyNotFoundException($"No source with the key '{key}'.");
}
