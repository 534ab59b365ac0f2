namespace CrampInfo.Web.Citations;

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
        new("ciaaw-chlorine", "IUPAC Commission on Isotopic Abundances and Atomic Weights",
            "Atomic weight of chlorine (conventional value 35.453, so potassium chloride weighs 74.551 g per mole)", null,
            "https://www.ciaaw.org/chlorine.htm"),
        new("msd-hypokalemia", "MSD Manual, Consumer Version",
            "Hypokalemia (Low Level of Potassium in the Blood)", 2023,
            "https://www.msdmanuals.com/home/hormonal-and-metabolic-disorders/electrolyte-balance/hypokalemia-low-level-of-potassium-in-the-blood"),
        new("mayo-low-potassium", "Mayo Clinic",
            "Low potassium (hypokalemia): definition and causes", 2020,
            "https://www.mayoclinic.org/symptoms/low-potassium/basics/definition/sym-20050632"),
        new("nkf-high-potassium-foods", "National Kidney Foundation",
            "High-Potassium Foods and Low-Potassium Choices", 2023,
            "https://kidney.org/node/149280"),
        new("usda-sr28", "U.S. Department of Agriculture, Agricultural Research Service",
            "USDA National Nutrient Database for Standard Reference, Release 28 (published as SR Legacy in FoodData Central)", 2016,
            "https://fdc.nal.usda.gov/"),

        // The article pages' sources.
        new("lpi-potassium", "Linus Pauling Institute, Oregon State University",
            "Micronutrient Information Center: Potassium", null,
            "https://lpi.oregonstate.edu/mic/minerals/potassium"),
        new("mayo-low-potassium-causes", "Mayo Clinic",
            "Low potassium (hypokalemia): causes", 2020,
            "https://www.mayoclinic.org/symptoms/low-potassium/basics/causes/sym-20050632"),
        new("medlineplus-low-potassium", "MedlinePlus, U.S. National Library of Medicine",
            "Low potassium level", null,
            "https://medlineplus.gov/ency/article/000479.htm"),
        new("huang-kuo-2007", "Journal of the American Society of Nephrology (Huang CL, Kuo E)",
            "Mechanism of hypokalemia in magnesium deficiency", 2007,
            "https://doi.org/10.1681/ASN.2007070792"),
        new("mayo-hyperkalemia", "Mayo Clinic",
            "High potassium (hyperkalemia): definition", 2024,
            "https://www.mayoclinic.org/symptoms/hyperkalemia/basics/definition/sym-20050776"),
        new("palmer-2004", "New England Journal of Medicine (Palmer BF)",
            "Managing hyperkalemia caused by inhibitors of the renin-angiotensin-aldosterone system", 2004,
            "https://doi.org/10.1056/NEJMra035279"),
        new("ccjm-2019", "Cleveland Clinic Journal of Medicine (Momoniat T, Ilyas D, Bhandari S)",
            "ACE inhibitors and ARBs: Managing potassium and renal function", 2019,
            "https://www.ccjm.org/content/86/9/601"),
        new("fda-finerenone-label", "U.S. Food and Drug Administration",
            "Kerendia (finerenone) tablets: prescribing information", 2021,
            "https://www.accessdata.fda.gov/drugsatfda_docs/label/2021/215341s000lbl.pdf"),
        new("fda-sacubitril-valsartan-label", "U.S. Food and Drug Administration",
            "Entresto (sacubitril and valsartan) tablets: prescribing information", 2015,
            "https://www.accessdata.fda.gov/drugsatfda_docs/label/2015/207620lbl.pdf"),
        new("fda-potassium-chloride-label", "U.S. Food and Drug Administration label, published by the National Library of Medicine's DailyMed",
            "Potassium chloride extended-release tablets, USP (10 mEq): prescribing information", null,
            "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=7ec22e8e-6643-44fe-804d-ca0b0b266663",
            "One maker's FDA-approved label; the potassium chloride tablet labels of other makers give the same indications and warnings."),
        new("cspi-potassium-chloride", "Center for Science in the Public Interest",
            "Chemical Cuisine: Potassium chloride", null,
            "https://www.cspinet.org/article/potassium-chloride"),
        new("kdoqi-2020", "National Kidney Foundation and Academy of Nutrition and Dietetics, in the American Journal of Kidney Diseases (Ikizler TA and others)",
            "KDOQI Clinical Practice Guideline for Nutrition in CKD: 2020 Update", 2020,
            "https://doi.org/10.1053/j.ajkd.2020.05.006"),
        new("bethke-2008", "Journal of Food Science (Bethke PC, Jansky SH; U.S. Department of Agriculture)",
            "The effects of boiling and leaching on the content of potassium and other minerals in potatoes", 2008,
            "https://doi.org/10.1111/j.1750-3841.2008.00782.x"),
        new("burrowes-2006", "Journal of Renal Nutrition (Burrowes JD, Ramer NJ)",
            "Removal of potassium from tuberous root vegetables by leaching", 2006,
            "https://doi.org/10.1053/j.jrn.2006.07.012"),
        new("aafp-2012", "American Family Physician (Allen RE, Kirby KA)",
            "Nocturnal leg cramps", 2012,
            "https://www.aafp.org/pubs/afp/issues/2012/0815/p350.html"),
        new("afp-fpin-2017", "American Family Physician (FPIN's Help Desk Answers)",
            "Treatments for nocturnal leg cramps", 2017,
            "https://www.aafp.org/pubs/afp/issues/2017/1001/od3.html"),
        new("nice-cks-leg-cramps", "National Institute for Health and Care Excellence (NICE), Clinical Knowledge Summaries",
            "Leg cramps", 2012,
            "https://cks.nice.org.uk/topics/leg-cramps/"),
        new("aaos-orthoinfo", "American Academy of Orthopaedic Surgeons",
            "OrthoInfo: possible causes of muscle cramps with exercise", 2017,
            "https://orthoinfo.aaos.org/",
            "We read the academy's list, which is about cramps with exercise, in a 2017 HealthDay news report; this link is the academy's patient site, where we could not reach the page itself."),
        new("miller-2022", "Journal of Athletic Training (Miller KC and others)",
            "An evidence-based review of the pathophysiology, treatment, and prevention of exercise-associated muscle cramps", 2022,
            "https://pmc.ncbi.nlm.nih.gov/articles/PMC8775277/",
            "The full text as archived by the U.S. National Library of Medicine."),
        new("schwellnus-2004", "British Journal of Sports Medicine (Schwellnus MP and others)",
            "Serum electrolyte concentrations and hydration status are not associated with exercise associated muscle cramping (EAMC) in distance runners", 2004,
            "https://bjsm.bmj.com/content/38/4/488"),
        new("cochrane-2020-magnesium", "Cochrane (Garrison SR and others)",
            "Magnesium for skeletal muscle cramps", 2020,
            "https://doi.org/10.1002/14651858.CD009402.pub3"),
        new("aan-2010", "American Academy of Neurology (Katzberg HD and others), in Neurology",
            "Assessment: symptomatic treatment for muscle cramps (an evidence-based review)", 2010,
            "https://doi.org/10.1212/WNL.0b013e3181d0ccca"),
        new("fda-quinine-2010", "U.S. Food and Drug Administration",
            "Drug Safety Communication: new risk management plan and patient Medication Guide for Qualaquin (quinine sulfate)", 2010,
            "https://www.fda.gov/Drugs/DrugSafety/PostmarketDrugSafetyInformationforPatientsandProviders/ucm218202.htm"),
        new("nhs-leg-cramps", "NHS (National Health Service, England)",
            "Leg cramps", null,
            "https://www.nhs.uk/conditions/leg-cramps/"),
        new("merck-muscle-cramps", "Merck Manual, Consumer Version",
            "Muscle cramps (quick facts)", 2019,
            "https://www.merckmanuals.com/home/quick-facts-brain-spinal-cord-and-nerve-disorders/symptoms-of-brain-spinal-cord-and-nerve-disorders/muscle-cramps"),
        new("cdc-blood-clots", "U.S. Centers for Disease Control and Prevention (CDC Stacks)",
            "Venous thromboembolism: know the risks, signs & symptoms of blood clots", null,
            "https://stacks.cdc.gov/view/cdc/34877"),
        new("fda-atorvastatin-label", "U.S. Food and Drug Administration",
            "Lipitor (atorvastatin calcium) tablets: prescribing information", 2024,
            "https://www.accessdata.fda.gov/drugsatfda_docs/label/2024/020702s123lbl.pdf"),
    ];

    static readonly Dictionary<string, int> Numbers =
        All.Select((source, index) => (source.Key, Number: index + 1)).ToDictionary(p => p.Key, p => p.Number);

    public static Source Get(string key) => All[NumberOf(key) - 1];

    public static int NumberOf(string key) =>
        Numbers.TryGetValue(key, out var number) ? number : throw new KeyNotFoundException($"No source with the key '{key}'.");
}
